package org.kroniek.extract.claims;

import java.util.List;
import org.kroniek.record.Span;

/**
 * Where the parts of a reporting sentence start and end: the complementizer after a cue, the
 * content before a postposed cue (a quotation ending there, else the clause), what may follow a
 * reporting clause, the quotation starting at a point. One per document.
 */
final class ContentSpans {
    private final ClaimLexicon lex;
    private final List<Span> quotes;
    private final boolean english;

    ContentSpans(ClaimLexicon lex, List<Span> quotes) {
        this.lex = lex;
        this.quotes = quotes;
        this.english = "en".equals(lex.language());
    }

    static boolean isDoubleQuote(Tok t) {
        return "\"“”„«»".indexOf(t.text().charAt(0)) >= 0 || ",,".equals(t.text()) || "''".equals(t.text());
    }

    /** Whether what follows position {@code j} can close a reporting clause: nothing, a comma, a time or place phrase, an addressee. */
    boolean tailLike(Phrases p, int j, int end) {
        if (j >= end || p.punct(j, ",;:(.!?") || p.quoteMark(j)) {
            return true;
        }
        if (p.is(j, "adverb") || p.is(j, "preposition") || p.is(j, "recipient") || p.is(j, "agent")
                || p.is(j, "conjunction") && !p.tok(j).is("and") && !p.tok(j).is("en")) {
            return true;
        }
        if (p.is(j, "object-pronoun")) {
            return j + 1 >= end || p.punct(j + 1, ",;:(.!?") || p.is(j + 1, "preposition") || p.is(j + 1, "adverb");
        }
        int e = p.npRight(j, end);
        return e > j && e - j <= 3 && (e >= end || p.punct(e, ",") || p.is(e, "preposition") || p.is(e, "adverb"));
    }

    /** The content that ends just before token {@code c}: the quotation ending there, else the clause from the sentence start. */
    Span contentBefore(Phrases p, int c) {
        int k = c - 1;
        while (k >= 0 && (p.punct(k, ",") || p.quoteMark(k))) {
            k--;
        }
        if (k < 0) {
            int at = p.tok(0).start();
            Span q = quoteEndingNear(at);
            return q;
        }
        Span q = quoteEndingNear(p.tok(k).end());
        if (q != null && c > 0 && p.quoteMark(c - 1) || q != null && c > 1 && p.quoteMark(c - 2)) {
            return q;
        }
        return p.span(0, k + 1);
    }

    Span quoteEndingNear(int offset) {
        for (Span q : quotes) {
            if (q.end() <= offset + 1 && q.end() >= offset - 2) {
                return q;
            }
        }
        return null;
    }

    Span quoteAt(int offset, int slack) {
        for (Span q : quotes) {
            if (q.start() >= offset && q.start() <= offset + slack) {
                return q;
            }
        }
        return null;
    }

    /** Index of "dat"/"that"/":" after the cue in the same clause, or -1. */
    int complementizer(Phrases p, int from) {
        int end = p.sentenceEnd();
        for (int j = from; j < end && j - from <= 12; j++) {
            Tok t = p.tok(j);
            if (p.punct(j, ":")) {
                return j;
            }
            if (p.punct(j, ";") || p.punct(j, ".")) {
                return -1;
            }
            if (p.is(j, "complementizer") && !(english && p.is(j + 1, "verb"))) {
                if (english && t.is("that") && j + 1 < end && (p.punct(j + 1, ".,") || j + 1 == end)) {
                    continue;
                }
                return j;
            }
            if (p.quoteMark(j) && isDoubleQuote(p.tok(j)) && (j == from || j == from + 1 && p.punct(from, ","))) {
                return j;
            }
            if (p.punct(j, ",") && !(english && j == from) && !(j == from && p.quoteMark(j + 1))) {
                int close = nextComma(p, j + 1, Math.min(end, j + 12));
                if (english || close < 0) {
                    return -1;
                }
                j = close;
                continue;
            }
            if (j > from && (p.verb(j) || p.is(j, "conjunction") || cueAt(p, j))) {
                return -1;
            }
            if (p.quoteMark(j) && isDoubleQuote(p.tok(j)) && (j == from || j == from + 1 && p.punct(from, ","))) {
                return j;
            }
        }
        return -1;
    }

    static int commasBefore(Phrases p, int c0) {
        int n = 0;
        for (int j = 0; j < c0; j++) {
            if (p.punct(j, ",")) {
                n++;
            }
        }
        return n;
    }

    static int nextComma(Phrases p, int from, int to) {
        for (int j = from; j < to; j++) {
            if (p.punct(j, ",")) {
                return j;
            }
        }
        return -1;
    }

    static int lastCommaBefore(Phrases p, int from, int to) {
        for (int j = to - 1; j >= from; j--) {
            if (p.punct(j, ",")) {
                return j + 1;
            }
        }
        return -1;
    }

    boolean cueAt(Phrases p, int j) {
        for (Cue c : lex.cuesStartingWith(p.tok(j).lower())) {
            if (c.words().size() == 1 && c.family().introducesSpeaker()) {
                return true;
            }
        }
        return false;
    }

    static int colonAfter(Phrases p, int from) {
        for (int j = from; j < p.size(); j++) {
            if (p.punct(j, ":;")) {
                return j;
            }
        }
        return -1;
    }

    /** Where content starts after the cue once addressees ("told reporters") and time words are skipped. */
    int skipObjectsAndTime(Phrases p, int from, int end) {
        int j = p.skipAdverbs(from, end);
        if (english && j < end && from > 0 && p.tok(from - 1).lower().startsWith("tel") || english && j < end && from > 0
                && p.tok(from - 1).lower().equals("told")) {
            int e = p.is(j, "object-pronoun") ? j + 1 : p.npRight(j, end);
            if (e > j && e < end) {
                j = e;
            }
        }
        if (english && j < end && (p.is(j, "preposition") || p.is(j, "recipient")) && !p.tok(j).is("that")) {
            int e = p.npRight(j + 1, end);
            if (e > j + 1 && e < end && p.punct(e, ",")) {
                j = e + 1;
            }
        }
        return j;
    }

    boolean hasInfinitiveMarker(Phrases p, int from, int end) {
        if (english) {
            return false;
        }
        for (int j = from; j < end; j++) {
            if (p.is(j, "infinitive-marker")) {
                return true;
            }
        }
        return false;
    }

    /** The start of the clause that "volgens X" sits in: after a subordinating or coordinating conjunction, else the sentence start. */
    static int subordinateStart(Phrases p, int c0) {
        for (int j = c0 - 1; j >= 0; j--) {
            if (p.is(j, "conjunction")) {
                return j + 1;
            }
        }
        return 0;
    }
}
