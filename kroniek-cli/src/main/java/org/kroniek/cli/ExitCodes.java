package org.kroniek.cli;

/** The exit codes every command keeps. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int SOME_FAILED = 1;
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
