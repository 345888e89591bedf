package org.kroniek.extract.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kroniek.pipeline.Token;

/**
 * Splits a tokenized sentence into rough clauses at punctuation that separates them (commas,
 * semicolons, colons, dashes between spaces, quotes, brackets) and before "maar"/"but". Good
 * enough to keep an event's arguments and modality cues near it; not a parser.
 */
public final class Clauses {
    private static final Set<String> BREAKS = Set.of(",", ";", ":", "–", "—", "\"", "“", "”", "„", "(", ")", "«", "»");
    private static final Set<String> LIST_WORDS = Set.of("en", "of", "and", "or");
    private static final Set<String> BREAK_WORDS = Set.of("maar", "but", "terwijl", "while", "whereas");

    private Clauses() {
    }

    /** Clause ranges {@code [from, to)} of token indexes, covering the sentence in order. */
    public static List<int[]> of(List<Token> tokens) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).text();
            boolean dash = t.equals("-") && i > 0 && i + 1 < tokens.size()
                    && tokens.get(i - 1).end() < tokens.get(i).start() && tokens.get(i + 1).start() > tokens.get(i).end();
            if ((BREAKS.contains(t) && !(t.equals(",") && enumeration(tokens, i))) || dash) {
                if (i > from) {
                    out.add(new int[] {from, i});
                }
                from = i + 1;
            } else if (BREAK_WORDS.contains(t.toLowerCase(java.util.Locale.ROOT)) && i > from) {
                out.add(new int[] {from, i});
                from = i;
            }
        }
        if (from < tokens.size()) {
            out.add(new int[] {from, tokens.size()});
        }
        return out;
    }

    /** A comma inside a list ("landmijnen, autobommen en zelfmoordaanslagen"): words on both sides, "en"/"and" soon after. */
    private static boolean enumeration(List<Token> tokens, int comma) {
        if (comma == 0 || comma + 1 >= tokens.size() || !Character.isLetter(tokens.get(comma - 1).text().charAt(0))) {
            return false;
        }
        for (int k = comma + 1; k < tokens.size() && k <= comma + 4; k++) {
            String w = tokens.get(k).text().toLowerCase(java.util.Locale.ROOT);
            if (!Character.isLetterOrDigit(w.charAt(0))) {
                return w.equals(",");
            }
            if (k > comma + 1 && LIST_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The clause range holding token {@code i}. */
    public static int[] at(List<int[]> clauses, int i) {
        for (int[] c : clauses) {
            if (i >= c[0] && i < c[1]) {
                return c;
            }
        }
        return new int[] {i, i + 1};
    }
}
