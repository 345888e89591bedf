package org.kroniek.cli;

import java.io.UncheckedIOException;
import picocli.CommandLine;

/** Prints user errors and I/O failures as one line; only bugs get a stack trace. */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        if (ex instanceof UserError || ex instanceof UncheckedIOException || ex instanceof java.io.IOException) {
            cmd.getErr().println("kroniek " + cmd.getCommandName() + ": " + ex.getMessage());
            return ExitCodes.USAGE;
        }
        ex.printStackTrace(cmd.getErr());
        return ExitCodes.USAGE;
    }
}
