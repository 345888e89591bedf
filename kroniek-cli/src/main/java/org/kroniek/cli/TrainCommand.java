package org.kroniek.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kroniek train ner|ner-types|pos|clusters}: reproducible training of Kroniek's models. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train Kroniek's NLP models (NER, POS) and word clusters.",
        subcommands = {TrainNerCommand.class, TrainNerTypesCommand.class, TrainPosCommand.class, TrainClustersCommand.class})
public final class TrainCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
