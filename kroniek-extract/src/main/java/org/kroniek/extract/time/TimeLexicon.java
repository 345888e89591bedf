package org.kroniek.extract.time;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kroniek.text.Tsv;

/**
 * The time words of one language ({@code words-nl.tsv}, {@code words-en.tsv}) by category: month
 * and weekday names, day parts, relative words. Immutable; one instance per language, loaded once.
 */
public final class TimeLexicon {
    private static final TimeLexicon NL = new TimeLexicon("nl");
    private static final TimeLexicon EN = new TimeLexicon("en");

    private final String language;
    private final Map<String, Map<String, String>> byCategory;

    private TimeLexicon(String language) {
        this.language = language;
        Map<String, Map<String, String>> m = new HashMap<>();
        for (String[] row : Tsv.rows(TimeLexicon.class, "words-" + language + ".tsv", 2, Tsv.Cells.STRIPPED)) {
            m.computeIfAbsent(row[1], k -> new LinkedHashMap<>()).put(key(row[0]), Tsv.cell(row, 2));
        }
        Map<String, Map<String, String>> frozen = new HashMap<>();
        m.forEach((k, v) -> frozen.put(k, Map.copyOf(v)));
        this.byCategory = Map.copyOf(frozen);
    }

    public static TimeLexicon of(String language) {
        return "en".equals(language) ? EN : NL;
    }

    public String language() {
        return language;
    }

    /** The value of {@code word} in {@code category}, or null. */
    public String value(String category, String word) {
        return word == null ? null : byCategory.getOrDefault(category, Map.of()).get(key(word));
    }

    public boolean has(String category, String word) {
        return value(category, word) != null;
    }

    /** A regex alternation of the category's words, longest first, spaces matching any white space. */
    public String alternation(String category) {
        return byCategory.getOrDefault(category, Map.of()).keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ");
    }
}
