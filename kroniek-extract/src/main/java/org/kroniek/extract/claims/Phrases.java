package org.kroniek.extract.claims;

import java.util.List;
import java.util.regex.Pattern;
import org.kroniek.record.Span;

/**
 * Light phrase finding over the tokens of one sentence, driven by the grammar lexicon (and by POS
 * tags when a tagger wrote them): clause starts, verbs, complementizers and noun phrases that can
 * name a speaker.
 */
final class Phrases {
    static final int MAX_NP = 12;
    private static final Pattern SHORT_WORD = Pattern.compile("[A-Z][a-z]{0,3}|\\p{L}");
    private static final Pattern CAPS_ABBREVIATION = Pattern.compile("\\p{Lu}{2,}\\.");

    private final List<Tok> toks;
    private final ClaimLexicon lex;
    private boolean[] cues;

    Phrases(List<Tok> toks, ClaimLexicon lex) {
        this.toks = toks;
        this.lex = lex;
    }

    /** Marks the tokens that belong to cues: a noun phrase never runs into one. */
    void markCues(boolean[] cueTokens) {
        this.cues = cueTokens;
    }

    List<Tok> toks() {
        return toks;
    }

    int size() {
        return toks.size();
    }

    Tok tok(int i) {
        return toks.get(i);
    }

    boolean is(int i, String grammarClass) {
        return i >= 0 && i < toks.size() && lex.is(toks.get(i).lower(), grammarClass);
    }

    boolean punct(int i, String chars) {
        if (i < 0 || i >= toks.size()) {
            return false;
        }
        String t = toks.get(i).text();
        return t.length() <= 2 && !toks.get(i).isWord() && chars.contains(t.substring(0, 1));
    }

    static boolean isQuoteMark(Tok t) {
        return "\"“”„'‘’«»".indexOf(t.text().charAt(0)) >= 0 || ",,".equals(t.text()) || "''".equals(t.text());
    }

    boolean quoteMark(int i) {
        return i >= 0 && i < toks.size() && isQuoteMark(toks.get(i));
    }

    boolean verb(int i) {
        if (i < 0 || i >= toks.size()) {
            return false;
        }
        Tok t = toks.get(i);
        if (t.pos() != null && (t.pos().equals("V") || t.pos().startsWith("VB") || t.pos().equals("MD") || t.pos().equals("AUX"))) {
            return true;
        }
        if (t.lower().equals("’s") || t.lower().equals("'s")) {
            return i > 0 && (is(i - 1, "pronoun") || is(i - 1, "not-speaker") || toks.get(i - 1).is("it"));
        }
        return lex.is(t.lower(), "verb");
    }

    /** The first token of the clause holding token {@code i}: after a , ; : ( or a conjunction. */
    int clauseStart(int i, boolean stopAtComma) {
        for (int j = i - 1; j >= 0; j--) {
            Tok t = toks.get(j);
            if ((stopAtComma && punct(j, ",")) || punct(j, ";:(—–-") || quoteMark(j) || is(j, "conjunction")) {
                return j + 1;
            }
            if (!t.isWord() && "!?".contains(t.text())
                    || ".".equals(t.text()) && j > 0 && !SHORT_WORD.matcher(toks.get(j - 1).text()).matches()
                    || CAPS_ABBREVIATION.matcher(t.text()).matches() && j + 1 < i) {
                return j + 1;
            }
        }
        return 0;
    }

    /** The end (exclusive) of the noun phrase starting at {@code i}; {@code i} when none starts there. */
    int npRight(int i, int limit) {
        int j = i;
        while (j < limit && j - i < MAX_NP) {
            Tok t = toks.get(j);
            if (!t.isWord()) {
                boolean abbrevDot = ".".equals(t.text()) && j > i && toks.get(j - 1).text().length() <= 3
                        && toks.get(j - 1).isCapitalized() || ".".equals(t.text()) && j > i && "dr".equals(toks.get(j - 1).lower());
                if ((abbrevDot && j + 1 < limit && toks.get(j + 1).isWord()) || "&".equals(t.text())
                        || "%".equals(t.text()) && j > i) {
                    j++;
                    continue;
                }
                if (abbrevDot && j == limit - 1) {
                    j++;
                }
                if ("(".equals(t.text()) && j > i) {
                    int close = j + 1;
                    while (close < limit && close - j <= 6 && !")".equals(toks.get(close).text())) {
                        close++;
                    }
                    if (close < limit && close - j <= 6 && ")".equals(toks.get(close).text())) {
                        j = close + 1;
                        continue;
                    }
                }
                break;
            }
            String w = t.lower();
            if (cues != null && cues[j]) {
                break;
            }
            if ((w.equals("en") || w.equals("and")) && j > i && toks.get(j - 1).isCapitalized() && j + 1 < limit
                    && toks.get(j + 1).isCapitalized() && toks.get(j + 1).isWord() && !lex.is(toks.get(j + 1).lower(), "pronoun")) {
                j++;
                continue;
            }
            if (lex.is(w, "preposition") && !(w.equals("van") || w.equals("of")) || lex.is(w, "conjunction")
                    || lex.is(w, "negation") || lex.is(w, "infinitive-marker") || lex.is(w, "adverb")) {
                break;
            }
            if ((w.equals("van") || w.equals("of")) && (j == i || j + 1 >= limit || !toks.get(j + 1).isWord())) {
                break;
            }
            if (j > i && (verb(j) || lex.is(w, "complementizer") && !lex.is(w, "determiner") || predicative(j, limit))) {
                break;
            }
            if (j > i && lex.is(w, "complementizer") && !t.isCapitalized()) {
                break;
            }
            if (j > i && lex.is(w, "pronoun") && !lex.is(w, "determiner")) {
                break;
            }
            if (j == i && verb(j) && !lex.is(w, "determiner")) {
                break;
            }
            j++;
            if (j - 1 == i && lex.is(w, "pronoun") && !lex.is(w, "determiner")) {
                break;
            }
        }
        while (j > i && (is(j - 1, "preposition") || is(j - 1, "determiner") && !toks.get(j - 1).isCapitalized())) {
            j--;
        }
        return j;
    }

    /**
     * Whether tokens {@code [from, to)} can be a subject: at most 15 words, no verb, complementizer or
     * conjunction, not starting with a preposition; inner prepositional phrases are allowed
     * ("78 percent of voters in a recent poll").
     */
    boolean isSubject(int from, int to) {
        if (to <= from || to - from > 15) {
            return false;
        }
        if (is(from, "preposition") && !is(from, "determiner") || is(from, "complementizer") && !is(from, "determiner")
                || is(from, "adverb") || is(from, "agent") && !is(from, "determiner")) {
            return false;
        }
        if (npRight(from, to) == from) {
            return false;
        }
        for (int j = from; j < to; j++) {
            Tok t = toks.get(j);
            if (verb(j) || is(j, "conjunction") && !t.is("and") && !t.is("en") || quoteMark(j) && !t.text().startsWith("'")) {
                return false;
            }
            if (!t.isWord() && !"%&.()".contains(t.text()) && !",".equals(t.text())) {
                return false;
            }
            if (j > from && (is(j, "complementizer") && !is(j, "determiner") || is(j, "pronoun") && !is(j, "determiner"))) {
                return false;
            }
        }
        return !punct(to - 1, ",");
    }

    /** Index of the first token of {@code [from, to)} that is a verb or a cue; {@code to} when none. */
    int firstVerb(int from, int to, boolean[] cueTokens) {
        for (int j = from; j < to; j++) {
            if (verb(j) || cueTokens[j]) {
                return j;
            }
        }
        return to;
    }

    /** Whether the tokens {@code [from, to)} are an anaphor for an earlier statement ("die verklaring", "dat"). */
    boolean anaphor(int from, int to) {
        if (to - from == 1) {
            return is(from, "claim-noun") && (is(from, "determiner") || is(from, "complementizer"));
        }
        return to - from == 2 && is(from, "determiner") && is(from + 1, "claim-noun");
    }

    /** A tagged adjective after a name and before no noun ("volgens Pilp ongepast"): not part of the phrase. */
    private boolean predicative(int j, int limit) {
        String pos = toks.get(j).pos();
        if (pos == null || !(pos.equals("Adj") || pos.equals("ADJ") || pos.equals("Adv") || pos.equals("ADV"))) {
            return false;
        }
        if (pos.equals("Adv") || pos.equals("ADV")) {
            return true;
        }
        String next = j + 1 < limit ? toks.get(j + 1).pos() : null;
        return next == null || !(next.equals("N") || next.equals("NOUN") || next.equals("PROPN") || next.equals("Adj")
                || next.equals("ADJ"));
    }

    /** The index after the sentence's last word, quote mark or closing bracket (final punctuation left out). */
    int sentenceEnd() {
        int end = toks.size();
        while (end > 0 && !toks.get(end - 1).isWord() && !isQuoteMark(toks.get(end - 1)) && !")".equals(toks.get(end - 1).text())) {
            end--;
        }
        return end;
    }

    /** The text span of tokens {@code [from, to)}; empty at {@code from} when there are none. */
    Span span(int from, int to) {
        if (to <= from) {
            return new Span(toks.get(from).start(), toks.get(from).start());
        }
        return new Span(toks.get(from).start(), toks.get(to - 1).end());
    }

    int skipAdverbs(int from, int to) {
        int j = from;
        while (j < to && (is(j, "adverb") || punct(j, ","))) {
            j++;
        }
        return j;
    }
}
