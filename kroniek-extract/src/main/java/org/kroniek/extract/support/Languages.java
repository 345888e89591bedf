package org.kroniek.extract.support;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kroniek.pipeline.Document;

/**
 * The language the lexicons of this module should use for a document: its declared language when
 * it is one we have lexicons for, else a guess from common function words (Dutch unless English
 * words clearly dominate).
 */
public final class Languages {
    private static final Set<String> NL = Set.of("de", "het", "een", "van", "en", "is", "dat", "niet", "zijn", "op",
            "met", "voor", "ook", "er", "die", "werd", "naar");
    private static final Set<String> EN = Set.of("the", "of", "and", "to", "is", "that", "was", "for", "on", "with",
            "by", "from", "were", "has", "have", "it", "are");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int SAMPLE_CHARS = 4000;

    private Languages() {
    }

    /** {@code "nl"} or {@code "en"}. */
    public static String of(Document document) {
        String declared = document.language().toLowerCase(Locale.ROOT);
        if (declared.equals("nl") || declared.equals("en")) {
            return declared;
        }
        return guess(document.text());
    }

    public static String guess(String text) {
        Matcher m = WORD.matcher(text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text);
        int nl = 0;
        int en = 0;
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (NL.contains(w)) {
                nl++;
            }
            if (EN.contains(w)) {
                en++;
            }
        }
        return en > nl ? "en" : "nl";
    }
}
