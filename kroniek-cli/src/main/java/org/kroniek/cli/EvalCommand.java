package org.kroniek.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kroniek eval ...}: measures Kroniek's components against gold sets; each kind is a subcommand. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Evaluate Kroniek's components.",
        subcommands = {
                EvalNerCommand.class,
                GeoEvalCommand.class,
                EvalClaimsCommand.class,
        })
public final class EvalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
