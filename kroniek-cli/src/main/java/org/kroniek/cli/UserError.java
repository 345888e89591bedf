package org.kroniek.cli;

/** A mistake of the user's (bad path, bad option value): printed as one line, no stack trace. */
public final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserError(String message) {
        super(message);
    }
}
