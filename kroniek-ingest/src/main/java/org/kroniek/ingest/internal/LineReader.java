package org.kroniek.ingest.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines ({@code \n}, {@code \r\n} or {@code \r}) with a length cap: an overlong line is
 * skipped to its end and reported as {@link #OVERLONG}, so the next line is read normally.
 * Not thread-safe.
 */
public final class LineReader {
    /** Returned instead of a line that exceeded the cap. */
    public static final String OVERLONG = new String("\u0000overlong");

    private final Reader in;
    private final int maxChars;
    private final char[] buf = new char[8192];
    private int pos;
    private int len;
    private boolean skipLf;

    public LineReader(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line without its terminator, {@link #OVERLONG}, or null at the end. */
    public String next() throws IOException {
        StringBuilder sb = new StringBuilder();
        boolean overlong = false;
        boolean any = false;
        while (true) {
            if (pos >= len) {
                len = in.read(buf);
                pos = 0;
                if (len < 0) {
                    len = 0;
                    return any ? (overlong ? OVERLONG : sb.toString()) : null;
                }
            }
            char c = buf[pos++];
            if (skipLf) {
                skipLf = false;
                if (c == '\n') {
                    continue;
                }
            }
            any = true;
            if (c == '\n' || c == '\r') {
                skipLf = c == '\r';
                return overlong ? OVERLONG : sb.toString();
            }
            if (!overlong) {
                sb.append(c);
                if (sb.length() > maxChars) {
                    overlong = true;
                    sb.setLength(0);
                }
            }
        }
    }
}
