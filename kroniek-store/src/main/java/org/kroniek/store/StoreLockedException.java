package org.kroniek.store;

import java.io.IOException;
import java.nio.file.Path;

/** Another process holds the data directory open for writing. */
public final class StoreLockedException extends IOException {
    private static final long serialVersionUID = 1L;

    public StoreLockedException(Path dataDir) {
        super("data directory " + dataDir + " is in use by another kroniek process (stop it or use --data DIR)");
    }
}
