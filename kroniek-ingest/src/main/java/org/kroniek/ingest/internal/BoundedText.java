package org.kroniek.ingest.internal;

import java.io.IOException;
import java.io.Reader;

/** Reads text with a cap, so one oversized file or line cannot exhaust memory. */
public final class BoundedText {
    private BoundedText() {
    }

    /** All of the reader's text; throws {@link InputLimitException} past {@code maxChars}. */
    public static String readAll(Reader reader, long maxChars, String what) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        for (int n; (n = reader.read(buf)) >= 0; ) {
            sb.append(buf, 0, n);
            if (sb.length() > maxChars) {
                throw new InputLimitException(what + " is larger than " + Limits.describe(maxChars));
            }
        }
        return sb.toString();
    }
}
