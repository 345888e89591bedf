package org.kroniek.cli;

import picocli.CommandLine.Option;

/** The {@code --threads N} option of the commands that analyse articles in parallel (extract, ingest, stories). */
final class ThreadsOption {
    @Option(names = "--threads", paramLabel = "N", description = "Articles analysed in parallel. Default: the number of processors.")
    Integer threads;

    /** The threads asked for, else the number of processors; fewer than one is a {@link UserError}. */
    int workers() {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new UserError("--threads must be at least 1, not " + workers);
        }
        return workers;
    }
}
