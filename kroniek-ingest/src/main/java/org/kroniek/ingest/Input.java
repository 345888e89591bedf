package org.kroniek.ingest;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One input to read: a file, standard input ({@code -}), a stream the caller opened (an upload),
 * or a name that resolved to nothing ({@code problem} says why; reading it yields that failure,
 * so it keeps its place in order).
 *
 * @param name the file as the user should see it in messages and in {@code source.path}
 * @param path the file, or null
 * @param problem why there is nothing to read, or null
 * @param stream the bytes to read when not a file nor standard input, or null; read once
 */
public record Input(String name, Path path, String problem, InputStream stream) {
    /** The name standard input goes by. */
    public static final String STDIN = "-";

    public Input {
        Objects.requireNonNull(name, "name");
    }

    public static Input file(Path path) {
        return new Input(path.toString(), path, null, null);
    }

    public static Input stdin() {
        return new Input(STDIN, null, null, null);
    }

    public static Input problem(String name, String problem) {
        return new Input(name, null, problem, null);
    }

    /** Bytes from elsewhere (an upload, an archive entry), named {@code name}; the format comes from the name or content. */
    public static Input stream(String name, InputStream stream) {
        return new Input(name, null, null, Objects.requireNonNull(stream, "stream"));
    }

    public boolean isStdin() {
        return path == null && problem == null && stream == null;
    }
}
