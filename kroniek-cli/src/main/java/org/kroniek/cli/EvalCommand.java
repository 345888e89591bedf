package org.kroniek.cli;

import picocli.CommandLine.Command;

/** {@code kroniek eval ...}: evaluations against gold sets; each kind is a subcommand. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate a component against a gold set.",
        subcommands = {
                GeoEvalCommand.class,
        })
public final class EvalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
