package org.kroniek.ingest.internal;

import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.zip.ZipException;

/** Turns exceptions met while reading into one-line reasons for users. */
public final class Reasons {
    private static final int MAX_CHARS = 200;

    private Reasons() {
    }

    public static String of(Throwable e) {
        Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        if (t instanceof NoSuchFileException) {
            return "no such file";
        }
        if (t instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (t instanceof ZipException) {
            return "not a valid gzip file (" + t.getMessage() + ")";
        }
        if (t instanceof java.io.EOFException && String.valueOf(t.getMessage()).contains("ZLIB")) {
            return "truncated gzip file (" + t.getMessage() + ")";
        }
        if (t instanceof FileNotFoundException || t instanceof InputLimitException) {
            return t.getMessage();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        String line = message.strip().replaceAll("\\s+", " ");
        return line.length() > MAX_CHARS ? line.substring(0, MAX_CHARS) + "..." : line;
    }
}
