package org.kroniek.cli;

import picocli.CommandLine.Command;

/** {@code kroniek bench ...}: measurements. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure speed.",
        subcommands = {BenchExtractCommand.class, BenchSearchCommand.class})
public final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
