package org.kroniek.cli;

import picocli.CommandLine.Command;

/** {@code kroniek eval ...}: measures one part of the extraction on real data; each part is a subcommand. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure extraction quality on gold data.",
        subcommands = {
                EvalClaimsCommand.class,
        })
public final class EvalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
