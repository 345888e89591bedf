package org.kroniek.store;

import java.text.Normalizer;
import java.util.Locale;

/** A short window of article text around the first query word found in it. */
final class Snippets {
    private static final int WIDTH = 240;
    private static final int LEAD = 40;

    private Snippets() {
    }

    static String of(String text, String query) {
        int at = -1;
        if (query != null) {
            String folded = fold(text);
            for (String word : query.split("[^\\p{L}\\p{N}]+")) {
                if (word.length() > 1) {
                    int i = folded.indexOf(fold(word));
                    if (i >= 0 && (at < 0 || i < at)) {
                        at = i;
                    }
                }
            }
        }
        int start = at < 0 ? 0 : Math.max(0, at - LEAD);
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int end = Math.min(text.length(), start + WIDTH);
        String cut = text.substring(start, end).strip();
        return (start > 0 ? "… " : "") + cut + (end < text.length() ? " …" : "");
    }

    /** Lower case without accents, keeping every char in place so offsets still match. */
    private static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            String one = Normalizer.normalize(String.valueOf(s.charAt(i)), Normalizer.Form.NFKD);
            out.append(one.isEmpty() ? s.charAt(i) : Character.toLowerCase(one.charAt(0)));
        }
        return out.toString().toLowerCase(Locale.ROOT).length() == s.length()
                ? out.toString().toLowerCase(Locale.ROOT) : out.toString();
    }
}
