package org.kroniek.ingest.internal;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the charset an HTML page or XML feed declares in its first bytes. */
public final class Charsets {
    private static final Pattern DECLARED = Pattern.compile(
            "(?:charset|encoding)\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    private Charsets() {
    }

    /** The charset declared in {@code head}, if any and known; UTF-8 declarations give empty (read strictly). */
    public static Optional<Charset> declared(byte[] head, int length) {
        Matcher m = DECLARED.matcher(new String(head, 0, Math.min(length, 4096), StandardCharsets.ISO_8859_1));
        return m.find() ? named(m.group(1)) : Optional.empty();
    }

    /** A charset by name, unless it is UTF-8 or unknown. */
    public static Optional<Charset> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            Charset c = Charset.forName(name.strip().toLowerCase(Locale.ROOT));
            return c.equals(StandardCharsets.UTF_8) || c.equals(StandardCharsets.US_ASCII) ? Optional.empty() : Optional.of(c);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}
