package org.kroniek.cli;

import picocli.CommandLine;

/** Entry point of the {@code kroniek} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code: 0 ok, 1 some records failed, 2 usage or nothing processed. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new KroniekCommand());
        cli.setExecutionExceptionHandler(new UserErrorHandler());
        cli.setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
        return cli.execute(args);
    }
}
