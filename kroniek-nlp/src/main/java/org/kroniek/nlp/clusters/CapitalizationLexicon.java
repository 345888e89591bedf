package org.kroniek.nlp.clusters;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often a word is written with a capital where capitals are not forced (not first in its
 * sentence), bucketed into {@code cap0} (never) to {@code cap4} (always). Names are capitalized
 * everywhere, ordinary words only at a sentence start: a strong NER signal for words that are rare
 * in the training data. Written in the cluster-file format, so it feeds the same feature generator.
 */
public final class CapitalizationLexicon {
    private CapitalizationLexicon() {
    }

    /**
     * @param sentences token sequences in their original case
     * @param minCount  least number of non-initial occurrences for a word to be listed
     * @return lower-cased word to bucket
     */
    public static Map<String, String> build(List<List<String>> sentences, int minCount) {
        Map<String, int[]> counts = new HashMap<>();
        for (List<String> s : sentences) {
            for (int i = 1; i < s.size(); i++) {
                String w = s.get(i);
                if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                    continue;
                }
                int[] c = counts.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new int[2]);
                c[0] += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
                c[1]++;
            }
        }
        Map<String, String> out = new TreeMap<>();
        counts.forEach((w, c) -> {
            if (c[1] >= minCount) {
                out.put(w, "cap" + Math.round(4.0 * c[0] / c[1]));
            }
        });
        return out;
    }
}
