package org.kroniek.extract.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the cues of a lexicon in a sentence's tokens: at each position the longest matching form
 * wins, matches never overlap, and a cue with a {@code needs} list only counts when one of those
 * words occurs in the six tokens before it.
 */
final class CueMatcher {
    private static final int NEEDS_WINDOW = 6;

    private final ClaimLexicon lex;

    CueMatcher(ClaimLexicon lex) {
        this.lex = lex;
    }

    List<CueMatch> match(List<Tok> toks) {
        List<CueMatch> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            CueMatch m = at(toks, i);
            if (m == null) {
                i++;
            } else {
                out.add(m);
                i = m.last();
            }
        }
        return out;
    }

    private CueMatch at(List<Tok> toks, int i) {
        for (Cue c : lex.cuesStartingWith(toks.get(i).lower())) {
            int n = c.words().size();
            if (i + n > toks.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < n && ok; k++) {
                ok = toks.get(i + k).lower().equals(c.words().get(k));
            }
            if (ok && (c.needs().isEmpty() || hasNeed(toks, i, c))) {
                return new CueMatch(c, i, i + n);
            }
        }
        return null;
    }

    private static boolean hasNeed(List<Tok> toks, int i, Cue c) {
        for (int j = Math.max(0, i - NEEDS_WINDOW); j < i; j++) {
            if (c.needs().contains(toks.get(j).lower())) {
                return true;
            }
        }
        return false;
    }
}
