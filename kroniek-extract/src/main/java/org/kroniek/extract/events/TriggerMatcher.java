package org.kroniek.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kroniek.extract.support.Clauses;
import org.kroniek.pipeline.Token;
import org.kroniek.record.EventType;

/**
 * Finds event triggers in a tokenized sentence with a {@link TriggerLexicon}: single words and
 * prefixes, several-word forms, separable verbs whose particle follows in the clause, and Dutch
 * compounds whose last part is a trigger ("raketaanval", "vredesonderhandelingen",
 * "overgave-eis"); a compound's first part may give the mode. At each token the longest match
 * wins; matches do not overlap. Immutable and thread-safe.
 */
public final class TriggerMatcher {
    private static final int MIN_COMPOUND_HEAD = 3;
    private static final int MAX_GAP = 10;

    private final TriggerLexicon lexicon;

    public TriggerMatcher(TriggerLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<TriggerMatch> find(List<Token> tokens) {
        List<int[]> clauses = Clauses.of(tokens);
        List<String> words = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            words.add(t.text().toLowerCase(Locale.ROOT).replace('’', '\''));
        }
        List<TriggerMatch> out = new ArrayList<>();
        boolean[] used = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            if (used[i]) {
                continue;
            }
            TriggerMatch best = null;
            int[] clause = Clauses.at(clauses, i);
            List<TriggerLexicon.Entry> entries = lexicon.entries();
            for (int candidate : lexicon.candidates(words.get(i))) {
                TriggerMatch m = match(entries.get(candidate), tokens, words, i, clause, used);
                if (m != null && (best == null || m.last() - m.first() > best.last() - best.first()
                        || (m.last() == best.last() && !m.compound() && best.compound()))) {
                    best = m;
                }
            }
            if (best != null) {
                out.add(best);
                if (isGap(best, tokens)) {
                    used[best.first()] = true;
                    used[best.last()] = true;
                } else {
                    for (int k = best.first(); k <= best.last(); k++) {
                        used[k] = true;
                    }
                    i = best.last();
                }
            }
        }
        return out;
    }

    private static boolean isGap(TriggerMatch m, List<Token> tokens) {
        return m.last() - m.first() > 0 && tokens.get(m.last()).start() > m.end();
    }

    private TriggerMatch match(TriggerLexicon.Entry e, List<Token> tokens, List<String> words, int i, int[] clause,
                               boolean[] used) {
        List<TriggerLexicon.Part> parts = e.parts();
        String w = words.get(i);
        if (e.gap()) {
            if (!parts.get(0).matches(w)) {
                return null;
            }
            for (int k = i + 1; k < clause[1] && k <= i + MAX_GAP; k++) {
                if (!used[k] && parts.get(1).matches(words.get(k))) {
                    return new TriggerMatch(i, k, tokens.get(i).start(), tokens.get(i).end(), e.type(), e.mode(), false);
                }
            }
            return null;
        }
        if (parts.size() > 1) {
            if (i + parts.size() > tokens.size()) {
                return null;
            }
            for (int k = 0; k < parts.size(); k++) {
                if (!parts.get(k).matches(words.get(i + k))) {
                    return null;
                }
            }
            int last = i + parts.size() - 1;
            return new TriggerMatch(i, last, tokens.get(i).start(), tokens.get(last).end(), e.type(), e.mode(), false);
        }
        TriggerLexicon.Part p = parts.get(0);
        if (p.matches(w) && !e.compoundOnly()) {
            return new TriggerMatch(i, i, tokens.get(i).start(), tokens.get(i).end(), e.type(), e.mode(), false);
        }
        int dash = w.lastIndexOf('-');
        if (dash > 0 && dash < w.length() - 1 && p.matches(w.substring(dash + 1))) {
            return compound(e, tokens.get(i), i, w.substring(0, dash));
        }
        if (e.compound()) {
            int at = p.prefix() ? w.indexOf(p.text(), MIN_COMPOUND_HEAD) : w.length() - p.text().length();
            if (at >= MIN_COMPOUND_HEAD && w.startsWith(p.text(), at) && p.matches(w.substring(at))) {
                return compound(e, tokens.get(i), i, w.substring(0, at));
            }
        }
        return null;
    }

    private TriggerMatch compound(TriggerLexicon.Entry e, Token token, int i, String head) {
        String mode = e.mode();
        if (e.type() == EventType.ASSAULT) {
            String fromHead = lexicon.modeOf(head);
            if (fromHead != null) {
                mode = fromHead;
            }
        }
        return new TriggerMatch(i, i, token.start(), token.end(), e.type(), mode, true);
    }
}
