package org.kroniek.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;

/** {@code kroniek eval ...}: evaluations against gold sets; each kind is a subcommand. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate a component against a gold set.",
        subcommands = {
                EvalTimesCommand.class,
                EvalEventsCommand.class,
        })
public final class EvalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** {@code dir} when it is a directory; else a one-line user error. */
    static Path directory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new UserError("not a directory: " + dir);
        }
        return dir;
    }
}
