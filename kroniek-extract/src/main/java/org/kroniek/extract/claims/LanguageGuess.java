package org.kroniek.extract.claims;

import java.util.Locale;
import java.util.Set;
import org.kroniek.pipeline.Document;

/**
 * The document's language for choosing a lexicon: the article's own language when set, else a
 * count of very frequent Dutch and English function words in the text.
 */
final class LanguageGuess {
    private static final Set<String> DUTCH = Set.of("de", "het", "een", "en", "van", "dat", "niet", "zijn", "op", "voor", "met", "ook");
    private static final Set<String> ENGLISH = Set.of("the", "a", "and", "of", "that", "not", "is", "on", "for", "with", "to", "was");

    private LanguageGuess() {
    }

    static String of(Document doc) {
        String lang = doc.language();
        if ("nl".equals(lang) || "en".equals(lang)) {
            return lang;
        }
        return of(doc.text());
    }

    static String of(String text) {
        int nl = 0;
        int en = 0;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (DUTCH.contains(w)) {
                nl++;
            }
            if (ENGLISH.contains(w)) {
                en++;
            }
        }
        return en > nl ? "en" : "nl";
    }
}
