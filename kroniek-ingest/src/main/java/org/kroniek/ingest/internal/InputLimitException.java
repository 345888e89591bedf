package org.kroniek.ingest.internal;

import java.io.IOException;

/** Input larger than the configured limit; its message is the one-line reason shown to users. */
public final class InputLimitException extends IOException {
    private static final long serialVersionUID = 1L;

    public InputLimitException(String message) {
        super(message);
    }
}
