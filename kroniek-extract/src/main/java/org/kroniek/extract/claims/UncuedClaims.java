package org.kroniek.extract.claims;

import java.util.List;
import org.kroniek.record.Span;
import org.kroniek.record.Speaker;
import org.kroniek.record.SpeakerKind;

/**
 * Claims without a reporting cue of their own: a quotation introduced by a name and a colon
 * ("Vogel: \"...\""), a quotation that opens a sentence and continues the speaker of a claim at
 * most three sentences back, and a sentence whose only marker is reportative ("naar verluidt",
 * "zou ... hebben"), which belongs to the recent speaker, to the subject giving a reason
 * ("omdat Z zou hebben ..."), or to an unknown speaker.
 */
final class UncuedClaims {
    private static final int CONTINUATION_SENTENCES = 3;
    private static final int MIN_CONTINUED_QUOTE_WORDS = 3;
    private static final int MAX_COLON_SPEAKER = 10;
    private static final int MAX_ENGLISH_COLON_SPEAKER = 3;

    private UncuedClaims() {
    }

    static Draft quoteClaim(int si, Span q, Phrases p, List<Span> sentences, List<Draft> drafts,
                                    List<Draft> here, SpeakerResolver resolver, String text) {
        int open = -1;
        for (int i = 0; i < p.size(); i++) {
            if (p.tok(i).end() <= q.start() && Phrases.isQuoteMark(p.tok(i)) && q.start() - p.tok(i).end() <= 1) {
                open = i;
            }
        }
        if (open > 0 && p.punct(open - 1, ":")) {
            int e = p.npRight(0, open - 1);
            if (e > 0) {
                Speaker s = resolver.resolve(p, 0, e);
                if (s != null) {
                    Draft d = new Draft(si, null, null, q, s, new Span(p.tok(0).start(), p.tok(e - 1).end()));
                    resolver.remember(d.speakerSpan.start(), s);
                    return d;
                }
            }
        }
        int startSentence = si;
        while (startSentence > 0 && sentences.get(startSentence).start() > q.start()) {
            startSentence--;
        }
        String before = text.substring(sentences.get(startSentence).start(), q.start()).replaceAll("[\\s,„“\"'‘«]+$", "");
        boolean opensSentence = before.isEmpty() || ".!?”\"'’»".indexOf(before.charAt(before.length() - 1)) >= 0;
        if (!opensSentence || text.substring(q.start(), q.end()).split("\\s+").length < MIN_CONTINUED_QUOTE_WORDS) {
            return null;
        }
        Draft last = !here.isEmpty() ? here.get(here.size() - 1) : drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
        if (last == null || startSentence - last.sentence > CONTINUATION_SENTENCES || last.speaker.text().isEmpty()) {
            return null;
        }
        Draft d = new Draft(si, null, null, q, last.speaker, null);
        d.via = last.via;
        return d;
    }

    /** "Vogel: \"...\"", "Trump: we will win": a short name, a colon, and what the name says. */
    static Draft colonClaim(int si, Phrases p, SpeakerResolver resolver, List<Span> quotes, String lang) {
        int colon = -1;
        for (int i = 1; i < Math.min(p.size(), MAX_COLON_SPEAKER + 1); i++) {
            if (p.punct(i, ":")) {
                colon = i;
                break;
            }
            if (Phrases.isQuoteMark(p.tok(i))) {
                return null;
            }
        }
        int end = p.sentenceEnd();
        if (colon < 0 || colon + 2 >= end) {
            return null;
        }
        int e = p.npRight(0, colon);
        if (e <= 0 || !p.tok(0).isCapitalized()) {
            return null;
        }
        boolean verbBefore = false;
        for (int i = e; i < colon; i++) {
            verbBefore |= p.verb(i);
        }
        Speaker s = resolver.resolve(p, 0, e);
        if (s == null || verbBefore && (s.kind() == SpeakerKind.UNKNOWN || s.kind() == SpeakerKind.PERSON)
                || "en".equals(lang) && (verbBefore || e > MAX_ENGLISH_COLON_SPEAKER)) {
            return null;
        }
        Span content = new Span(p.tok(colon + 1).start(), p.tok(end - 1).end());
        for (Span q : quotes) {
            if (q.start() >= content.start() && q.start() <= content.start() + 2) {
                content = q;
            }
        }
        Draft d = new Draft(si, new Span(p.tok(colon).start(), p.tok(colon).end()), null, content, s,
                new Span(p.tok(0).start(), p.tok(e - 1).end()));
        resolver.remember(d.speakerSpan.start(), s);
        return d;
    }

    static Draft reportativeClaim(int si, Phrases p, List<CueMatch> ms, Span sentence, List<Draft> drafts,
                                          StatusAssigner statuses, SpeakerResolver resolver) {
        CueMatch marker = null;
        for (CueMatch m : ms) {
            if (m.family() == CueFamily.REPORTATIVE) {
                marker = m;
                break;
            }
        }
        if (marker == null) {
            return null;
        }
        boolean zou = marker.cue().words().get(0).startsWith("zou");
        if (zou && !statuses.reportativeZou(p.toks(), p)) {
            return null;
        }
        Speaker reasoner = zou ? reasonGiver(p, marker.first(), resolver) : null;
        if (zou && reasoner == null && !mainClauseZou(p, marker.first())) {
            return null;
        }
        Draft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
        Speaker speaker = reasoner != null ? reasoner : last != null && si - last.sentence <= CONTINUATION_SENTENCES
                ? last.speaker : new Speaker(null, "", SpeakerKind.UNKNOWN, null);
        int end = p.sentenceEnd();
        Span content = new Span(sentence.start(), p.tok(Math.max(0, end - 1)).end());
        Span cue = new Span(p.tok(marker.first()).start(), p.tok(marker.last() - 1).end());
        return new Draft(si, cue, marker.cue(), content, speaker, null);
    }

    /**
     * "X deed Y omdat Z zou hebben ...": a reportative reason in a causal clause is the reason the
     * main clause's subject gives, so that subject is its speaker; null when the sentence is not so built.
     */
    static Speaker reasonGiver(Phrases p, int zou, SpeakerResolver resolver) {
        int because = -1;
        for (int i = zou - 1; i > 0; i--) {
            if (p.tok(i).is("omdat") || p.tok(i).is("because") || p.tok(i).is("want")) {
                because = i;
                break;
            }
        }
        if (because < 0) {
            return null;
        }
        int f = 0;
        while (f < because && !p.verb(f) && p.tok(f).isWord()) {
            f++;
        }
        int e = p.npRight(0, f);
        if (e <= 0 || e != f && f - e > 0 && !p.tok(e).isWord()) {
            return null;
        }
        Speaker s = resolver.resolve(p, 0, e);
        return s != null && s.kind() == SpeakerKind.PERSON ? s : null;
    }

    /** Whether "zou" stands in a main clause: inverted before its subject ("zou hij", "zou een gebouw", "zouden er"). */
    static boolean mainClauseZou(Phrases p, int zou) {
        int next = zou + 1;
        if (next < p.size() && (p.is(next, "pronoun") || p.is(next, "determiner") && !p.verb(next) || p.tok(next).is("er")
                || p.tok(next).is("there"))) {
            return true;
        }
        return false;
    }
}
