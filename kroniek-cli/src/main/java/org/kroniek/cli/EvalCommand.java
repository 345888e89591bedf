package org.kroniek.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kroniek eval ...}: measures Kroniek's components against gold sets; each kind is a subcommand. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Evaluate Kroniek's components.",
        subcommands = {
                EvalNerCommand.class,
                GeoEvalCommand.class,
                EvalClaimsCommand.class,
                EvalTimesCommand.class,
                EvalEventsCommand.class,
        })
public final class EvalCommand implements Runnable {
    @Spec
    CommandSpec spec;

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
