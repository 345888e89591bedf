package org.kroniek.ingest.internal;

import java.util.Locale;

/** How limits are described to users. */
public final class Limits {
    private Limits() {
    }

    public static String describe(long chars) {
        double mb = chars / 1_000_000.0;
        return String.format(Locale.ROOT, mb >= 1 ? "%.0f MB (--max-text-mb)" : "%.3f MB (--max-text-mb)", mb);
    }
}
