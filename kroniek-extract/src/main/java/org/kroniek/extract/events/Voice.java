package org.kroniek.extract.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.kroniek.pipeline.Token;

/**
 * Small syntactic judgements for argument finding without a parser: whether a verbal trigger is
 * passive ("werd gebombardeerd", "zou zijn aangevallen", "was shelled"), whether a name is used as
 * a source ("volgens Moskou", "according to Kyiv") rather than as a place.
 */
final class Voice {
    private static final Set<String> PASSIVE_AUX = Set.of("werd", "werden", "wordt", "worden", "word", "is", "zijn", "was",
            "waren", "been", "be", "being", "were", "are", "got", "gets");
    private static final Pattern NL_PARTICIPLE = Pattern.compile(
            "(?:aan|op|af|in|uit|neer|dood|terug|vrij|binnen|over|onder|tegen|mee|weg)?ge\\p{L}{3,}");
    private static final Set<String> EN_IRREGULAR = Set.of("shot", "hit", "struck", "seized", "held", "taken", "beaten",
            "stabbed", "killed", "bombed", "shelled");
    private static final Set<String> SOURCE_MARKERS = Set.of("volgens", "aldus", "according");

    private Voice() {
    }

    static boolean passive(List<Token> tokens, int[] clause, TriggerMatch t) {
        String w = tokens.get(t.first()).text().toLowerCase(Locale.ROOT);
        boolean participle = NL_PARTICIPLE.matcher(w).matches() || w.endsWith("ed") || EN_IRREGULAR.contains(w);
        if (!participle) {
            return false;
        }
        for (int k = Math.max(clause[0], t.first() - 12); k < Math.min(clause[1], t.last() + 3); k++) {
            if (k != t.first() && PASSIVE_AUX.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the name at {@code start} follows "volgens"/"according to": a source, not a place. */
    static boolean asSource(List<Token> tokens, int start) {
        for (int k = 1; k < tokens.size(); k++) {
            if (tokens.get(k).start() >= start) {
                String prev = tokens.get(k - 1).text().toLowerCase(Locale.ROOT);
                String prev2 = k > 1 ? tokens.get(k - 2).text().toLowerCase(Locale.ROOT) : "";
                return SOURCE_MARKERS.contains(prev) || prev.equals("to") && prev2.equals("according");
            }
        }
        return false;
    }
}
