package org.kroniek.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kroniek eval ner}: measures Kroniek's components on annotated data. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Evaluate Kroniek's components.",
        subcommands = {EvalNerCommand.class})
public final class EvalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
