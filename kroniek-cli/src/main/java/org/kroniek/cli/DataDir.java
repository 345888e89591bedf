package org.kroniek.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.kroniek.store.LuceneRecordStore;
import org.kroniek.store.StoreLockedException;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option every store command shares, and opening the store there. */
final class DataDir {
    static final String DEFAULT = "kroniek-data";

    @Option(names = "--data", paramLabel = "DIR", defaultValue = DEFAULT,
            description = "Data directory of the store (default: ./${DEFAULT-VALUE}).")
    Path dir;

    LuceneRecordStore open() {
        return open(dir);
    }

    static LuceneRecordStore open(Path dir) {
        try {
            return LuceneRecordStore.open(dir);
        } catch (StoreLockedException e) {
            throw new UserError(e.getMessage());
        } catch (IOException e) {
            throw new UserError("cannot open the store in " + dir + ": " + e.getMessage());
        }
    }
}
