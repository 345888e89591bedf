package org.kroniek.extract.claims;

import java.util.List;
import org.kroniek.record.Span;
import org.kroniek.record.Speaker;
import org.kroniek.record.SpeakerKind;

/**
 * Finds who says what in one sentence, given its cues. The constructions, tried in this order for
 * each cue that introduces a speaker:
 * <ol>
 *   <li>after the content, speaker after the cue: "..., claimen Oekraïense autoriteiten", "..., aldus X",
 *       "\"...\", said X", "\"...\", citeert persbureau X een woordvoerder" (the first phrase relays);</li>
 *   <li>after the content, speaker before the cue: "..., a source said";</li>
 *   <li>"volgens X" / "according to X" before, inside or after its content;</li>
 *   <li>before the content: subject, cue, then "dat"/"that"/":" and the content, with the subject
 *       before the verb or (Dutch inversion) right after it: "meldde het ministerie woensdag dat";</li>
 *   <li>a confirming, disputing or denying cue whose object points back ("die informatie", "dat"):
 *       the sentence is a claim and points to the earlier claim;</li>
 *   <li>without a complementizer: a Dutch te-infinitive ("zegt spijt te hebben") or English "said the ...".</li>
 * </ol>
 * Content that ends in or consists of a quotation takes the whole quotation, also across sentences.
 */
final class AttributionFinder {
    private final String text;
    private final ClaimLexicon lex;
    private final SpeakerResolver resolver;
    private final List<Span> quotes;
    private final boolean english;

    AttributionFinder(String text, ClaimLexicon lex, SpeakerResolver resolver, List<Span> quotes) {
        this.text = text;
        this.lex = lex;
        this.resolver = resolver;
        this.quotes = quotes;
        this.english = "en".equals(lex.language());
    }

    private Span previousSentence;
    private Draft previousInSentence;

    /**
     * The claim a cue introduces, or null when the sentence around it fits no construction.
     * {@code previous} is the sentence before in the same paragraph (or null), {@code earlier} the
     * last claim found in this sentence (or null).
     */
    Draft find(int sentence, Phrases p, CueMatch m, boolean[] cueTokens, Span previous, Draft earlier) {
        this.previousSentence = previous;
        this.previousInSentence = earlier;
        return switch (m.family()) {
            case ACCORDING_TO -> accordingTo(sentence, p, m);
            case POSTPOSED -> postposed(sentence, p, m, m.first(), m.last());
            case REPORTING_VERB, RELAY, CONFIRM, DISPUTE, DENY, REPEAT -> verb(sentence, p, m, cueTokens);
            default -> null;
        };
    }

    private Draft verb(int sentence, Phrases p, CueMatch m, boolean[] cueTokens) {
        int c0 = m.first();
        int c1 = m.last();
        int n = p.size();
        if (c0 > 0 && p.is(c0 - 1, "infinitive-marker") && !hedged(p, c0, cueTokens)) {
            return null;
        }
        int before = c0 - 1;
        while (before >= 0 && p.quoteMark(before)) {
            before--;
        }
        boolean afterComma = before >= 0 && p.punct(before, ",") || c0 > 0 && p.quoteMark(c0 - 1) && before < c0 - 1;
        int comp = complementizer(p, c1);
        int end = sentenceEnd(p);
        boolean participle = english && p.tok(c0).lower().endsWith("ing");
        if (english && p.tok(c0).isCapitalized() && participle) {
            return null;
        }
        if (participle && afterComma) {
            if (previousInSentence != null) {
                return continuing(sentence, p, m, comp);
            }
            Draft d = appositiveSubject(sentence, p, m, comp, cueTokens);
            return d != null ? d : participleOfMainClause(sentence, p, m, comp, cueTokens);
        }
        boolean inverts = !english || p.is(c0, "inverts") || m.family() == CueFamily.RELAY;
        if (afterComma && commasBefore(p, c0) >= 2) {
            Draft d = appositiveSubject(sentence, p, m, comp, cueTokens);
            if (d != null) {
                return d;
            }
        }
        if (afterComma && comp < 0 && inverts) {
            Draft d = postposed(sentence, p, m, c0, c1);
            if (d != null) {
                return d;
            }
        }
        if (comp < 0 && tailLike(p, c1, end)) {
            Draft d = postposedSubjectFirst(sentence, p, m, cueTokens);
            if (d != null) {
                return d;
            }
        }
        if (afterComma) {
            Draft d = appositiveSubject(sentence, p, m, comp, cueTokens);
            if (d != null) {
                return d;
            }
        }
        int cs = p.clauseStart(c0, false);
        int f = p.firstVerb(cs, c0 + 1, cueTokens);
        int s = p.skipAdverbs(cs, f);
        Span speakerSpan = null;
        int speakerFrom = -1;
        int speakerTo = -1;
        boolean anaphoricObject = false;
        int afterComma2 = lastCommaBefore(p, cs, f);
        int[] nearer = english && f < c0 ? nearestLeftSubject(p, c0, cueTokens) : null;
        if (nearer != null && nearer[0] > f && p.punct(nearer[0] - 1, ",;")) {
            speakerFrom = nearer[0];
            speakerTo = nearer[1];
        } else if (s == cs && p.isSubject(cs, f) && !p.anaphor(cs, f)) {
            speakerFrom = cs;
            speakerTo = f;
        } else if (afterComma2 > cs && p.isSubject(afterComma2, f) && !p.anaphor(afterComma2, f)
                && !p.quoteMark(afterComma2 - 2)) {
            speakerFrom = afterComma2;
            speakerTo = f;
        } else {
            anaphoricObject = p.anaphor(s, f);
            int a = f < c0 ? f + 1 : c1;
            int agent = -1;
            for (int j = f + 1; j < Math.min(n, c1 + 2); j++) {
                if (p.is(j, "agent") && (j < c0 || j >= c1)) {
                    agent = j;
                    break;
                }
            }
            if (agent >= 0) {
                a = agent + 1;
            }
            if (agent >= 0 || !english) {
                int e = p.npRight(a, n);
                if (e > a) {
                    speakerFrom = a;
                    speakerTo = e;
                }
            } else {
                for (int j = cs + 1; j < f; j++) {
                    boolean boundary = p.punct(j - 1, ",;:") || p.is(j - 1, "adverb") || p.is(j - 1, "conjunction");
                    if (boundary && p.isSubject(j, f) && !p.anaphor(j, f)) {
                        speakerFrom = j;
                        speakerTo = f;
                        break;
                    }
                }
            }
        }
        int objFrom = speakerTo >= 0 && speakerTo < c0 ? speakerTo : c1;
        for (int j = objFrom; j < Math.min(c0, objFrom + 4) && !anaphoricObject; j++) {
            int objEnd = Math.min(j + 2, c0);
            if (p.anaphor(j, j + 1) || p.anaphor(j, objEnd)) {
                anaphoricObject = true;
            }
        }
        if (speakerFrom < 0 && f > cs + 1 && (p.tok(cs).is("in") || p.tok(cs).is("according")) && p.npRight(cs + 1, f) == f) {
            speakerFrom = cs + 1;
            speakerTo = f;
        }
        if (speakerFrom < 0 && cs > 0 && p.is(cs - 1, "conjunction")) {
            int f0 = p.firstVerb(0, cs, cueTokens);
            for (int j = 1; j < f0; j++) {
                String pos = p.tok(j).pos();
                if (pos != null && (pos.equals("VERB") || pos.equals("V")) && !p.tok(j).isCapitalized()) {
                    f0 = j;
                    break;
                }
            }
            if (p.isSubject(0, f0)) {
                speakerFrom = 0;
                speakerTo = f0;
            }
        }
        if (speakerFrom < 0 && english) {
            int[] left = nearestLeftSubject(p, c0, cueTokens);
            if (left != null) {
                speakerFrom = left[0];
                speakerTo = left[1];
            }
        }
        if (speakerFrom < 0 && english && p.isSubject(0, p.firstVerb(0, c0, cueTokens)) && p.firstVerb(0, c0, cueTokens) < cs) {
            speakerFrom = 0;
            speakerTo = p.firstVerb(0, c0, cueTokens);
        }
        if (speakerFrom < 0) {
            return null;
        }
        while (speakerTo - 1 > speakerFrom && (p.is(speakerTo - 1, "adverb") || p.is(speakerTo - 1, "negation"))) {
            speakerTo--;
        }
        Speaker speaker = speakerTo - speakerFrom == 1 && p.is(speakerFrom, "relative")
                ? relativeHead(p, speakerFrom) : resolver.resolve(p, speakerFrom, speakerTo, singular(m));
        if (speaker == null) {
            return null;
        }
        speakerSpan = span(p, speakerFrom, speakerTo);
        Span content = null;
        boolean anaphoric = false;
        boolean pointsBack = m.family() == CueFamily.CONFIRM || m.family() == CueFamily.DISPUTE || m.family() == CueFamily.DENY;
        if (pointsBack && anaphoricObject && (comp < 0 || p.punct(comp, ":"))) {
            anaphoric = true;
        } else if (comp >= 0) {
            if (comp + 1 >= end) {
                anaphoric = m.family() == CueFamily.CONFIRM || m.family() == CueFamily.DISPUTE || m.family() == CueFamily.DENY;
            } else {
                content = quoteAt(p.tok(comp + 1).start(), 3);
                if (content == null) {
                    content = span(p, comp + 1, end);
                }
            }
        } else if (anaphoricObject || (m.family() != CueFamily.REPORTING_VERB && m.family() != CueFamily.RELAY)) {
            anaphoric = m.family() != CueFamily.REPORTING_VERB && m.family() != CueFamily.RELAY || isDemonstrativeFront(p, cs, f);
        } else {
            int from = skipObjectsAndTime(p, c1, end);
            if (from < end - 2 && (english && m.family() == CueFamily.REPORTING_VERB || hasInfinitiveMarker(p, from, end))) {
                content = span(p, from, end);
            }
        }
        if (anaphoric && m.family() == CueFamily.REPORTING_VERB && previousSentence != null) {
            content = previousSentence;
            anaphoric = false;
        } else if (anaphoric) {
            int colon = colonAfter(p, c1);
            content = span(p, cs, colon >= 0 ? colon : end);
            Draft d = new Draft(sentence, span(p, c0, c1), m.cue(), content, speaker, speakerSpan);
            d.anaphoric = true;
            via(d, p, cs, end);
            return d;
        }
        if (content == null || content.length() == 0) {
            return null;
        }
        Draft d = new Draft(sentence, span(p, c0, c1), m.cue(), content, speaker, speakerSpan);
        if (m.family() == CueFamily.RELAY) {
            relay(d, p, speakerFrom, speakerTo, c1, comp >= 0 ? comp : end);
        }
        via(d, p, cs, comp >= 0 ? comp : end);
        return d;
    }

    /**
     * English "Clinton, 35, the daughter of ..., said the plan works" and "..., saying the plan works":
     * the subject opens the sentence, commas set off an apposition or the main clause, the content follows.
     */
    private Draft appositiveSubject(int sentence, Phrases p, CueMatch m, int comp, boolean[] cueTokens) {
        int c0 = m.first();
        int c1 = m.last();
        int end = sentenceEnd(p);
        int firstComma = -1;
        for (int j = 0; j < c0; j++) {
            if (p.punct(j, ",")) {
                firstComma = j;
                break;
            }
        }
        if (firstComma <= 0 || p.quoteMark(0)) {
            return null;
        }
        boolean participle = p.tok(c0).lower().endsWith("ing");
        int subjectEnd = participle ? p.firstVerb(0, c0, cueTokens) : firstComma;
        if (!participle) {
            for (int j = 0; j < c0; j++) {
                if (p.verb(j) && !relativeClause(p, j) || p.quoteMark(j) && isDoubleQuote(p.tok(j))) {
                    return null;
                }
            }
        }
        if (!p.isSubject(0, subjectEnd)) {
            return null;
        }
        Span content;
        if (comp >= 0) {
            if (comp + 1 >= end) {
                return null;
            }
            content = quoteAt(p.tok(comp + 1).start(), 3);
            if (content == null) {
                content = span(p, comp + 1, end);
            }
        } else {
            int from = skipObjectsAndTime(p, c1, end);
            if (from >= end - 1) {
                return null;
            }
            Span q = quoteAt(p.tok(from).start(), 3);
            content = q != null ? q : span(p, from, end);
        }
        Speaker speaker = resolver.resolve(p, 0, subjectEnd);
        if (speaker == null) {
            return null;
        }
        return new Draft(sentence, span(p, c0, c1), m.cue(), content, speaker, span(p, 0, subjectEnd));
    }

    /** "\"...\", she said, adding that ...": the speaker of the sentence's previous claim says what follows. */
    private Draft continuing(int sentence, Phrases p, CueMatch m, int comp) {
        int end = sentenceEnd(p);
        int from = comp >= 0 ? comp + 1 : skipObjectsAndTime(p, m.last(), end);
        if (from >= end - 1) {
            return null;
        }
        Span q = quoteAt(p.tok(from).start(), 3);
        return new Draft(sentence, span(p, m.first(), m.last()), m.cue(), q != null ? q : span(p, from, end),
                previousInSentence.speaker, previousInSentence.speakerSpan);
    }

    /** "The mayor spoke on Monday, saying the bridge will reopen": the main clause's subject says what follows. */
    private Draft participleOfMainClause(int sentence, Phrases p, CueMatch m, int comp, boolean[] cueTokens) {
        int end = sentenceEnd(p);
        int f = p.firstVerb(0, m.first(), cueTokens);
        if (f >= m.first() || !p.isSubject(0, f)) {
            return null;
        }
        int from = comp >= 0 ? comp + 1 : skipObjectsAndTime(p, m.last(), end);
        if (from >= end - 1) {
            return null;
        }
        Speaker speaker = resolver.resolve(p, 0, f);
        if (speaker == null) {
            return null;
        }
        Span q = quoteAt(p.tok(from).start(), 3);
        return new Draft(sentence, span(p, m.first(), m.last()), m.cue(), q != null ? q : span(p, from, end), speaker, span(p, 0, f));
    }

    /** "..., aldus X" / "..., claimen X" / "\"...\", citeert X Y": the content precedes the cue, the speaker follows. */
    private Draft postposed(int sentence, Phrases p, CueMatch m, int c0, int c1) {
        int end = sentenceEnd(p);
        int a = p.skipAdverbs(c1, end);
        int e = p.npRight(a, end);
        if (e <= a || !tailLike(p, e, end) && m.family() != CueFamily.RELAY) {
            return null;
        }
        Span content = contentBefore(p, c0);
        if (e < end && p.punct(e, ",") && e + 2 < end && content != null && !p.quoteMark(c0 - 1) && !p.quoteMark(c0 - 2)
                && m.family() != CueFamily.POSTPOSED) {
            content = span(p, 0, end);
        }
        if (content == null) {
            return null;
        }
        int speakerFrom = a;
        String via = null;
        if (m.family() == CueFamily.RELAY) {
            int split = secondPhrase(p, a, e);
            if (split > a) {
                via = stripDeterminers(p, a, split);
                speakerFrom = split;
            }
        }
        Speaker speaker = resolver.resolve(p, speakerFrom, e, singular(m));
        if (speaker == null) {
            return null;
        }
        Draft d = new Draft(sentence, span(p, c0, c1), m.cue(), content, speaker, span(p, speakerFrom, e));
        d.via = via;
        via(d, p, e, end);
        return d;
    }

    /** "..., a source said." / "..., he added on Tuesday.": the speaker stands between the comma and the cue. */
    private Draft postposedSubjectFirst(int sentence, Phrases p, CueMatch m, boolean[] cueTokens) {
        int c0 = m.first();
        int k = -1;
        for (int j = c0 - 1; j >= 0 && c0 - j <= 3 * Phrases.MAX_NP; j--) {
            if (p.verb(j) && !relativeClause(p, j) || cueTokens[j]) {
                break;
            }
            if (p.punct(j, ",") || p.quoteMark(j) && isDoubleQuote(p.tok(j))) {
                k = j;
                if (p.quoteMark(j) || j > 0 && p.quoteMark(j - 1)) {
                    break;
                }
            }
        }
        if (k < 0 || k + 1 >= c0) {
            return null;
        }
        int from = k + 1;
        while (from < c0 && p.punct(from, ",")) {
            from++;
        }
        int e = p.npRight(from, c0);
        if (e <= from) {
            return null;
        }
        Span content = contentBefore(p, k + 1);
        if (content == null || k < 3 && !p.quoteMark(k) && !p.quoteMark(k - 1)) {
            return null;
        }
        Speaker speaker = resolver.resolve(p, from, e);
        if (speaker == null) {
            return null;
        }
        Draft d = new Draft(sentence, span(p, c0, m.last()), m.cue(), content, speaker, span(p, from, e));
        via(d, p, m.last(), sentenceEnd(p));
        return d;
    }

    /** A verb inside "who ..."/"die ..." between commas, which does not end a subject. */
    private boolean relativeClause(Phrases p, int j) {
        for (int i = j - 1; i >= 0 && j - i <= 8; i--) {
            if (p.punct(i, ",")) {
                return false;
            }
            if (p.tok(i).is("who") || p.tok(i).is("which") || p.tok(i).is("die") || p.tok(i).is("dat") && english) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDoubleQuote(Tok t) {
        return "\"“”„«»".indexOf(t.text().charAt(0)) >= 0 || ",,".equals(t.text()) || "''".equals(t.text());
    }

    /** Whether what follows position {@code j} can close a reporting clause: nothing, a comma, a time or place phrase, an addressee. */
    private boolean tailLike(Phrases p, int j, int end) {
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

    /** "volgens X, ...", "..., volgens X", "... volgens X ...". */
    private Draft accordingTo(int sentence, Phrases p, CueMatch m) {
        int c0 = m.first();
        int c1 = m.last();
        int end = sentenceEnd(p);
        int e = p.npRight(c1, end);
        if (e <= c1) {
            return null;
        }
        Speaker speaker = resolver.resolveObject(p, c1, e, false);
        if (speaker == null) {
            return null;
        }
        int cs = subordinateStart(p, c0);
        Span content;
        if (e >= end && c0 > 0 && p.punct(c0 - 1, ",")) {
            content = contentBefore(p, c0);
        } else if (cs == c0) {
            int from = e < end && p.punct(e, ",") ? e + 1 : e;
            content = from < end ? span(p, from, end) : null;
        } else {
            content = span(p, cs, end);
        }
        if (content == null || content.length() == 0) {
            return null;
        }
        return new Draft(sentence, span(p, c0, c1), m.cue(), content, speaker, span(p, c1, e));
    }

    /** The content that ends just before token {@code c}: the quotation ending there, else the clause from the sentence start. */
    private Span contentBefore(Phrases p, int c) {
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
        return span(p, 0, k + 1);
    }

    private Span quoteEndingNear(int offset) {
        for (Span q : quotes) {
            if (q.end() <= offset + 1 && q.end() >= offset - 2) {
                return q;
            }
        }
        return null;
    }

    private Span quoteAt(int offset, int slack) {
        for (Span q : quotes) {
            if (q.start() >= offset && q.start() <= offset + slack) {
                return q;
            }
        }
        return null;
    }

    /** Index of "dat"/"that"/":" after the cue in the same clause, or -1. */
    private int complementizer(Phrases p, int from) {
        int end = sentenceEnd(p);
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

    /**
     * The noun phrase right before the verb group that ends in the cue ("..., Clinton said", "Mr. Lew also said"),
     * as {@code {from, to}}, or null.
     */
    private int[] nearestLeftSubject(Phrases p, int c0, boolean[] cueTokens) {
        int to = c0;
        while (to > 0 && (p.verb(to - 1) || p.is(to - 1, "adverb") || p.is(to - 1, "negation")) && !p.is(to - 1, "pronoun")) {
            to--;
        }
        int from = to;
        while (from > 0) {
            int j = from - 1;
            Tok t = p.tok(j);
            if (!t.isWord() && !"%&.".contains(t.text()) || p.verb(j) || cueTokens[j] || p.is(j, "complementizer") && !p.is(j, "determiner")
                    || p.is(j, "conjunction") && !(t.is("and") && from < to && p.tok(from).isCapitalized())) {
                break;
            }
            from = j;
        }
        while (from < to && (p.is(from, "preposition") || p.is(from, "adverb")) && !p.is(from, "determiner")) {
            from = p.npRight(from + 1, to) < to ? to : to;
        }
        return from < to && p.isSubject(from, to) ? new int[] {from, to} : null;
    }

    /** The speaker of "..., who said": the noun phrase the relative pronoun follows. */
    private Speaker relativeHead(Phrases p, int who) {
        int to = who;
        while (to > 0 && p.punct(to - 1, ",")) {
            to--;
        }
        int from = to;
        while (from > 0 && p.tok(from - 1).isWord() && !p.verb(from - 1) && !p.is(from - 1, "conjunction")
                && !p.is(from - 1, "complementizer") && to - from < Phrases.MAX_NP) {
            from--;
        }
        while (from < to && (p.is(from, "preposition") || p.is(from, "adverb")) && !p.is(from, "determiner")) {
            from++;
        }
        return from < to ? resolver.resolve(p, from, to) : null;
    }

    /** Whether a Dutch cue verb is singular ("vertelt", "zei"), so that "ze" means one person; plural forms end in -en. */
    private boolean singular(CueMatch m) {
        String w = m.cue().words().get(0);
        return !english && m.family() != CueFamily.POSTPOSED && m.family() != CueFamily.ACCORDING_TO && !w.endsWith("en");
    }

    private static int commasBefore(Phrases p, int c0) {
        int n = 0;
        for (int j = 0; j < c0; j++) {
            if (p.punct(j, ",")) {
                n++;
            }
        }
        return n;
    }

    private static int nextComma(Phrases p, int from, int to) {
        for (int j = from; j < to; j++) {
            if (p.punct(j, ",")) {
                return j;
            }
        }
        return -1;
    }

    private static int lastCommaBefore(Phrases p, int from, int to) {
        for (int j = to - 1; j >= from; j--) {
            if (p.punct(j, ",")) {
                return j + 1;
            }
        }
        return -1;
    }

    private boolean cueAt(Phrases p, int j) {
        for (Cue c : lex.cues()) {
            if (c.words().size() == 1 && c.words().get(0).equals(p.tok(j).lower()) && c.family().introducesSpeaker()) {
                return true;
            }
        }
        return false;
    }

    private static int colonAfter(Phrases p, int from) {
        for (int j = from; j < p.size(); j++) {
            if (p.punct(j, ":;")) {
                return j;
            }
        }
        return -1;
    }

    /** Where content starts after the cue once addressees ("told reporters") and time words are skipped. */
    private int skipObjectsAndTime(Phrases p, int from, int end) {
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

    private boolean hasInfinitiveMarker(Phrases p, int from, int end) {
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

    private boolean isDemonstrativeFront(Phrases p, int cs, int f) {
        return f - cs == 1 && p.anaphor(cs, f);
    }

    private boolean hedged(Phrases p, int c0, boolean[] cueTokens) {
        for (int j = p.clauseStart(c0, true); j < c0; j++) {
            for (Cue c : lex.cues()) {
                if (c.family() == CueFamily.HEDGE && c.words().size() == 1 && c.words().get(0).equals(p.tok(j).lower())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "citeert persbureau X een woordvoerder": where the second phrase (after a new determiner) starts, or -1. */
    private int secondPhrase(Phrases p, int from, int to) {
        for (int j = from + 1; j < to; j++) {
            if (p.is(j, "determiner") && !p.is(j - 1, "preposition") && !p.tok(j - 1).is("van") && p.tok(j - 1).isWord()) {
                return j;
            }
        }
        return -1;
    }

    /** "X citeert Y: ..." before the content: the subject relays, the object speaks. */
    private void relay(Draft d, Phrases p, int subjectFrom, int subjectTo, int c1, int limit) {
        int a = p.skipAdverbs(c1, limit);
        int e = p.npRight(a, limit);
        if (e > a) {
            Speaker object = resolver.resolve(p, a, e);
            if (object != null) {
                d.via = stripDeterminers(p, subjectFrom, subjectTo);
                d.speaker = object;
                d.speakerSpan = span(p, a, e);
            }
        }
    }

    /** A medium the speaker spoke to or through ("tegen de BBC", "told CNN", "in de Volkskrant"): becomes {@code via}. */
    private void via(Draft d, Phrases p, int from, int to) {
        if (d.via != null) {
            return;
        }
        for (int j = Math.max(0, from); j < to - 1; j++) {
            if (p.is(j, "preposition") || p.is(j, "recipient") || english && p.tok(j).lower().startsWith("told")) {
                int a = j + 1;
                while (a < to && !p.tok(a).isCapitalized() && (p.is(a, "determiner") || p.is(a, "preposition")
                        || p.tok(a).is("interviews") || p.tok(a).is("interview") || p.tok(a).is("gesprek") || isRoleWord(p, a))) {
                    a++;
                }
                int e = p.npRight(a, to);
                if (e > a) {
                    Speaker s = resolver.resolve(p, a, e);
                    if (s != null && s.kind() == SpeakerKind.MEDIA && p.tok(a).isCapitalized()) {
                        d.via = stripDeterminers(p, a, e);
                        return;
                    }
                }
            }
        }
    }

    /** The relaying medium: its entity id when the entity stage resolved it, else its name without article or role word. */
    private String stripDeterminers(Phrases p, int from, int to) {
        int a = from;
        while (a < to - 1 && (p.is(a, "determiner") || isRoleWord(p, a))) {
            a++;
        }
        int start = p.tok(a).start();
        int end = p.tok(to - 1).end();
        return resolver.viaEntity(start, end, text.substring(start, end));
    }

    private boolean isRoleWord(Phrases p, int i) {
        Tok t = p.tok(i);
        if (t.isCapitalized()) {
            return false;
        }
        for (ClaimLexicon.SpeakerWord w : lex.speakers()) {
            if (!w.caseSensitive() && w.words().size() == 1 && w.words().get(0).equals(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** The start of the clause that "volgens X" sits in: after a subordinating or coordinating conjunction, else the sentence start. */
    private static int subordinateStart(Phrases p, int c0) {
        for (int j = c0 - 1; j >= 0; j--) {
            if (p.is(j, "conjunction")) {
                return j + 1;
            }
        }
        return 0;
    }

    static int sentenceEnd(Phrases p) {
        int end = p.size();
        while (end > 0 && !p.tok(end - 1).isWord() && !Phrases.isQuoteMark(p.tok(end - 1)) && !")".equals(p.tok(end - 1).text())) {
            end--;
        }
        return end;
    }

    private static Span span(Phrases p, int from, int to) {
        if (to <= from) {
            return new Span(p.tok(from).start(), p.tok(from).start());
        }
        return new Span(p.tok(from).start(), p.tok(to - 1).end());
    }
}
