package org.kroniek.cli;

import picocli.CommandLine.Command;

/** The top-level {@code kroniek} command; each job is a subcommand. */
@Command(name = "kroniek", mixinStandardHelpOptions = true, version = "kroniek 0.1.0",
        description = "Turns war and crisis reporting into an attributed, verifiable record.",
        subcommands = {
                ExtractCommand.class,
                IngestCommand.class,
                SearchCommand.class,
                ExportCommand.class,
                ServeCommand.class,
                DemoCommand.class,
                BenchCommand.class,
                TrainCommand.class,
                NerCommand.class,
                EvalCommand.class,
                MentionsCommand.class,
                StoriesCommand.class,
                EventCommand.class,
        })
public final class KroniekCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
