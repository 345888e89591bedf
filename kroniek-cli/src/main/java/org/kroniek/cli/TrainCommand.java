package org.kroniek.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kroniek train ner|ner-types|pos|clusters|first-names}: reproducible training of Kroniek's models and lexicons. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train Kroniek's NLP models (NER, POS), word clusters and the first-name lexicon.",
        subcommands = {TrainNerCommand.class, TrainNerTypesCommand.class, TrainPosCommand.class, TrainClustersCommand.class,
                TrainFirstNamesCommand.class})
public final class TrainCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
