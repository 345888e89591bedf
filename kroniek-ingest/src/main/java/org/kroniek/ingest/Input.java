package org.kroniek.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One input to read: a file, standard input ({@code -}), or a name that resolved to nothing
 * ({@code problem} says why; reading it yields that failure, so it keeps its place in order).
 *
 * @param name the file as the user should see it in messages and in {@code source.path}
 * @param path the file, or null for standard input and problems
 * @param problem why there is nothing to read, or null
 */
public record Input(String name, Path path, String problem) {
    /** The name standard input goes by. */
    public static final String STDIN = "-";

    public Input {
        Objects.requireNonNull(name, "name");
    }

    public static Input file(Path path) {
        return new Input(path.toString(), path, null);
    }

    public static Input stdin() {
        return new Input(STDIN, null, null);
    }

    public static Input problem(String name, String problem) {
        return new Input(name, null, problem);
    }

    public boolean isStdin() {
        return path == null && problem == null;
    }
}
