package org.kroniek.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** The input formats Kroniek reads. A {@code .gz} suffix is looked through. */
public enum Format {
    /** Plain text, including the seed's {@code date YYYY-MM[-DD]} first line. */
    TEXT("txt", "text"),
    /** JSON Lines: one article object a line. */
    JSONL("jsonl", "ndjson"),
    /** A JSON array of article objects, or one article object. */
    JSON("json"),
    /** CSV with a header line. */
    CSV("csv"),
    /** One HTML article page. */
    HTML("html", "htm", "xhtml"),
    /** An RSS 2.0 or Atom feed: one article per item. */
    FEED("rss", "atom", "xml"),
    /** A WARC archive: HTML responses become articles. */
    WARC("warc");

    private final String[] extensions;

    Format(String... extensions) {
        this.extensions = extensions;
    }

    /** The format a file name's extension names, looking through {@code .gz}. */
    public static Optional<Format> ofName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = name.substring(dot + 1);
        for (Format f : values()) {
            for (String e : f.extensions) {
                if (e.equals(ext)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    /** Guesses the format from the first bytes of a file whose name says nothing. */
    public static Format sniff(byte[] head, int length) {
        String start = new String(head, 0, Math.min(length, 2048), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("\u00ef\u00bb\u00bf")) {
            start = start.substring(3).stripLeading();
        }
        if (start.startsWith("warc/")) {
            return WARC;
        }
        if (start.startsWith("{")) {
            return JSONL;
        }
        if (start.startsWith("[")) {
            return JSON;
        }
        if (start.startsWith("<")) {
            return start.contains("<rss") || start.contains("<feed") || start.contains("<rdf:rdf") ? FEED : HTML;
        }
        return TEXT;
    }

    /**
     * The format a user names, by its name ({@code text}, {@code feed}) or an extension
     * ({@code txt}, {@code rss}).
     *
     * @throws IllegalArgumentException naming the known formats
     */
    public static Format parse(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (Format f : values()) {
            if (f.label().equals(n)) {
                return f;
            }
        }
        return ofName("x." + n).orElseThrow(() -> new IllegalArgumentException("unknown input format '" + name
                + "'; known: text, jsonl, json, csv, html, feed, warc"));
    }

    /** The name used on the command line, e.g. {@code jsonl}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
