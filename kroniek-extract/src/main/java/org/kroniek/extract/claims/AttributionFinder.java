package org.kroniek.extract.claims;

import java.util.List;
import org.kroniek.record.Span;
import org.kroniek.record.Speaker;

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
    private final ContentSpans spans;
    private final Mediums mediums;

    AttributionFinder(String text, ClaimLexicon lex, SpeakerResolver resolver, List<Span> quotes) {
        this.text = text;
        this.lex = lex;
        this.resolver = resolver;
        this.quotes = quotes;
        this.english = "en".equals(lex.language());
        this.spans = new ContentSpans(lex, quotes);
        this.mediums = new Mediums(text, lex, resolver);
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
            case SURVEY_FRAME -> surveyFrame(sentence, p, m);
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
        int comp = spans.complementizer(p, c1);
        int end = p.sentenceEnd();
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
        if (afterComma && spans.commasBefore(p, c0) >= 2) {
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
        if (comp < 0 && spans.tailLike(p, c1, end)) {
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
        int afterComma2 = spans.lastCommaBefore(p, cs, f);
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
        speakerSpan = p.span(speakerFrom, speakerTo);
        Span content = null;
        boolean anaphoric = false;
        boolean pointsBack = m.family() == CueFamily.CONFIRM || m.family() == CueFamily.DISPUTE || m.family() == CueFamily.DENY;
        if (pointsBack && anaphoricObject && (comp < 0 || p.punct(comp, ":"))) {
            anaphoric = true;
        } else if (comp >= 0) {
            if (comp + 1 >= end) {
                anaphoric = m.family() == CueFamily.CONFIRM || m.family() == CueFamily.DISPUTE || m.family() == CueFamily.DENY;
            } else {
                content = spans.quoteAt(p.tok(comp + 1).start(), 3);
                if (content == null) {
                    content = p.span(comp + 1, end);
                }
            }
        } else if (anaphoricObject || (m.family() != CueFamily.REPORTING_VERB && m.family() != CueFamily.RELAY)) {
            anaphoric = m.family() != CueFamily.REPORTING_VERB && m.family() != CueFamily.RELAY || isDemonstrativeFront(p, cs, f);
        } else {
            int from = spans.skipObjectsAndTime(p, c1, end);
            if (from < end - 2 && (english && m.family() == CueFamily.REPORTING_VERB || spans.hasInfinitiveMarker(p, from, end))) {
                content = p.span(from, end);
            }
        }
        if (anaphoric && m.family() == CueFamily.REPORTING_VERB && previousSentence != null) {
            content = previousSentence;
            anaphoric = false;
        } else if (anaphoric) {
            int colon = spans.colonAfter(p, c1);
            content = p.span(cs, colon >= 0 ? colon : end);
            Draft d = new Draft(sentence, p.span(c0, c1), m.cue(), content, speaker, speakerSpan);
            d.anaphoric = true;
            mediums.via(d, p, cs, end);
            return d;
        }
        if (content == null || content.length() == 0) {
            return null;
        }
        Draft d = new Draft(sentence, p.span(c0, c1), m.cue(), content, speaker, speakerSpan);
        if (m.family() == CueFamily.RELAY) {
            mediums.relay(d, p, speakerFrom, speakerTo, c1, comp >= 0 ? comp : end);
        }
        mediums.via(d, p, cs, comp >= 0 ? comp : end);
        return d;
    }

    /**
     * English "Clinton, 35, the daughter of ..., said the plan works" and "..., saying the plan works":
     * the subject opens the sentence, commas set off an apposition or the main clause, the content follows.
     */
    private Draft appositiveSubject(int sentence, Phrases p, CueMatch m, int comp, boolean[] cueTokens) {
        int c0 = m.first();
        int c1 = m.last();
        int end = p.sentenceEnd();
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
                if (p.verb(j) && !relativeClause(p, j) || p.quoteMark(j) && spans.isDoubleQuote(p.tok(j))) {
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
            content = spans.quoteAt(p.tok(comp + 1).start(), 3);
            if (content == null) {
                content = p.span(comp + 1, end);
            }
        } else {
            int from = spans.skipObjectsAndTime(p, c1, end);
            if (from >= end - 1) {
                return null;
            }
            Span q = spans.quoteAt(p.tok(from).start(), 3);
            content = q != null ? q : p.span(from, end);
        }
        Speaker speaker = resolver.resolve(p, 0, subjectEnd);
        if (speaker == null) {
            return null;
        }
        return new Draft(sentence, p.span(c0, c1), m.cue(), content, speaker, p.span(0, subjectEnd));
    }

    /** "\"...\", she said, adding that ...": the speaker of the sentence's previous claim says what follows. */
    private Draft continuing(int sentence, Phrases p, CueMatch m, int comp) {
        int end = p.sentenceEnd();
        int from = comp >= 0 ? comp + 1 : spans.skipObjectsAndTime(p, m.last(), end);
        if (from >= end - 1) {
            return null;
        }
        Span q = spans.quoteAt(p.tok(from).start(), 3);
        return new Draft(sentence, p.span(m.first(), m.last()), m.cue(), q != null ? q : p.span(from, end),
                previousInSentence.speaker, previousInSentence.speakerSpan);
    }

    /** "The mayor spoke on Monday, saying the bridge will reopen": the main clause's subject says what follows. */
    private Draft participleOfMainClause(int sentence, Phrases p, CueMatch m, int comp, boolean[] cueTokens) {
        int end = p.sentenceEnd();
        int f = p.firstVerb(0, m.first(), cueTokens);
        if (f >= m.first() || !p.isSubject(0, f)) {
            return null;
        }
        int from = comp >= 0 ? comp + 1 : spans.skipObjectsAndTime(p, m.last(), end);
        if (from >= end - 1) {
            return null;
        }
        Speaker speaker = resolver.resolve(p, 0, f);
        if (speaker == null) {
            return null;
        }
        Span q = spans.quoteAt(p.tok(from).start(), 3);
        return new Draft(sentence, p.span(m.first(), m.last()), m.cue(), q != null ? q : p.span(from, end), speaker, p.span(0, f));
    }

    /** "..., aldus X" / "..., claimen X" / "\"...\", citeert X Y": the content precedes the cue, the speaker follows. */
    private Draft postposed(int sentence, Phrases p, CueMatch m, int c0, int c1) {
        int end = p.sentenceEnd();
        int a = p.skipAdverbs(c1, end);
        int e = p.npRight(a, end);
        if (e <= a || !spans.tailLike(p, e, end) && m.family() != CueFamily.RELAY) {
            return null;
        }
        Span content = spans.contentBefore(p, c0);
        if (e < end && p.punct(e, ",") && e + 2 < end && content != null && !p.quoteMark(c0 - 1) && !p.quoteMark(c0 - 2)
                && m.family() != CueFamily.POSTPOSED) {
            content = p.span(0, end);
        }
        if (content == null) {
            return null;
        }
        int speakerFrom = a;
        String via = null;
        if (m.family() == CueFamily.RELAY) {
            int split = mediums.secondPhrase(p, a, e);
            if (split > a) {
                via = mediums.stripDeterminers(p, a, split);
                speakerFrom = split;
            }
        }
        Speaker speaker = resolver.resolve(p, speakerFrom, e, singular(m));
        if (speaker == null) {
            return null;
        }
        Draft d = new Draft(sentence, p.span(c0, c1), m.cue(), content, speaker, p.span(speakerFrom, e));
        d.via = via;
        mediums.via(d, p, e, end);
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
            if (p.punct(j, ",") || p.quoteMark(j) && spans.isDoubleQuote(p.tok(j))) {
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
        Span content = spans.contentBefore(p, k + 1);
        if (content == null || k < 3 && !p.quoteMark(k) && !p.quoteMark(k - 1)) {
            return null;
        }
        Speaker speaker = resolver.resolve(p, from, e);
        if (speaker == null) {
            return null;
        }
        Draft d = new Draft(sentence, p.span(c0, m.last()), m.cue(), content, speaker, p.span(from, e));
        mediums.via(d, p, m.last(), p.sentenceEnd());
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



    /**
     * "In the latest Fox poll, Kasich was at 25 percent" / "Kasich was at 25 percent in the latest
     * Fox poll.": the survey is the source of the finding. The phrase after the preposition must
     * hold a survey noun and open the sentence before a comma, or close it.
     */
    private Draft surveyFrame(int sentence, Phrases p, CueMatch m) {
        int c0 = m.first();
        int c1 = m.last();
        int end = p.sentenceEnd();
        int e = c1;
        while (e < end && !p.punct(e, ",;:") && e - c1 < 12) {
            e++;
        }
        boolean survey = false;
        for (int j = c1; j < e && !survey; j++) {
            survey = p.is(j, "survey-noun");
        }
        if (!survey || e == c1) {
            return null;
        }
        Span content;
        if (c0 == 0 && e < end && p.punct(e, ",")) {
            content = e + 1 < end ? p.span(e + 1, end) : null;
        } else if (c0 > 0 && e >= end) {
            content = spans.contentBefore(p, c0);
        } else {
            return null;
        }
        if (content == null || content.length() == 0) {
            return null;
        }
        Speaker speaker = resolver.resolveObject(p, c1, e, true);
        if (speaker == null) {
            return null;
        }
        return new Draft(sentence, p.span(c0, c1), m.cue(), content, speaker, p.span(c1, e));
    }

    /** "volgens X, ...", "..., volgens X", "... volgens X ...". */
    private Draft accordingTo(int sentence, Phrases p, CueMatch m) {
        int c0 = m.first();
        int c1 = m.last();
        int end = p.sentenceEnd();
        int e = p.npRight(c1, end);
        if (e <= c1) {
            return null;
        }
        Speaker speaker = resolver.resolveObject(p, c1, e, false);
        if (speaker == null) {
            return null;
        }
        int cs = spans.subordinateStart(p, c0);
        Span content;
        if (e >= end && c0 > 0 && p.punct(c0 - 1, ",")) {
            content = spans.contentBefore(p, c0);
        } else if (cs == c0) {
            int from = e < end && p.punct(e, ",") ? e + 1 : e;
            content = from < end ? p.span(from, end) : null;
        } else {
            content = p.span(cs, end);
        }
        if (content == null || content.length() == 0) {
            return null;
        }
        return new Draft(sentence, p.span(c0, c1), m.cue(), content, speaker, p.span(c1, e));
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








    private boolean isDemonstrativeFront(Phrases p, int cs, int f) {
        return f - cs == 1 && p.anaphor(cs, f);
    }

    private boolean hedged(Phrases p, int c0, boolean[] cueTokens) {
        for (int j = p.clauseStart(c0, true); j < c0; j++) {
            for (Cue c : lex.cuesStartingWith(p.tok(j).lower())) {
                if (c.family() == CueFamily.HEDGE && c.words().size() == 1) {
                    return true;
                }
            }
        }
        return false;
    }








}
