package org.kroniek.ingest.internal;

import java.util.Locale;

/** How limits are described to users. */
public final class Limits {
    private Limits() {
    }

    public static String describe(long chars) {
        if (chars < 1_000_000) {
            return chars + " characters (--max-text-mb)";
        }
        return String.format(Locale.ROOT, "%.0f MB (--max-text-mb)", chars / 1_000_000.0);
    }
}
