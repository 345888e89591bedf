package org.kroniek.extract.claims;

import java.util.List;
import org.kroniek.record.ClaimStatus;

/**
 * Gives a claim its own epistemic status: what its cue implies ("claimen" alleged, "ontkent"
 * denied, "bevestigt" confirmed), a hedge before the cue in its clause ("lijkt te bevestigen"),
 * reportative markers in the content or the reporting clause ("naar verluidt", "reportedly", and
 * Dutch "zou/zouden" with a perfect or "zijn"/"hebben" infinitive, unless the sentence is a
 * condition with "als"/"indien"/"if"), and {@code asserted} when nothing weakens it. Statuses that
 * come from other sentences (unverified, disputed) are the {@link RelationLinker}'s job.
 */
final class StatusAssigner {
    private static final int ZOU_WINDOW = 10;

    private final ClaimLexicon lex;
    private final String text;

    StatusAssigner(ClaimLexicon lex, String text) {
        this.lex = lex;
        this.text = text;
    }

    void assign(Draft d, Phrases sentence, List<CueMatch> matches) {
        if (d.cueEntry != null && d.family() != CueFamily.REPORTATIVE) {
            for (ClaimStatus s : d.cueEntry.status()) {
                if (!(d.anaphoric && s == ClaimStatus.DISPUTED)) {
                    d.status.add(s);
                }
            }
        } else if (d.cueEntry != null) {
            d.status.add(ClaimStatus.ALLEGED);
        }
        for (CueMatch m : matches) {
            int at = sentence.tok(m.first()).start();
            boolean inContent = at >= d.content.start() && at < d.content.end();
            if (m.family() == CueFamily.HEDGE && (!inContent || d.anaphoric) && d.cue != null && at < d.cue.start()
                    && sentence.clauseStart(indexOf(sentence, d.cue.start()), true) <= m.first()) {
                d.status.add(ClaimStatus.HEDGED);
            }
            if (m.family() == CueFamily.REPORTATIVE && m.cue().words().size() > 1 || isAdverbReportative(m)) {
                d.status.add(ClaimStatus.ALLEGED);
            }
        }
        if (reportativeZou(SentenceTokens.tokenize(text, d.content.start(), d.content.end()), sentence)) {
            d.status.add(ClaimStatus.ALLEGED);
        }
        if (!d.status.contains(ClaimStatus.ALLEGED) && !d.status.contains(ClaimStatus.HEDGED)
                && !d.status.contains(ClaimStatus.DENIED)) {
            d.status.add(ClaimStatus.ASSERTED);
        }
    }

    private static boolean isAdverbReportative(CueMatch m) {
        return m.family() == CueFamily.REPORTATIVE && !m.cue().words().get(0).startsWith("zou");
    }

    /** Dutch reportative "zou": zou/zouden followed in its clause by "zijn" or "hebben", outside a condition. */
    boolean reportativeZou(List<Tok> toks, Phrases sentence) {
        if ("en".equals(lex.language())) {
            return false;
        }
        for (Tok t : sentence.toks()) {
            if (t.is("als") || t.is("indien") || t.is("tenzij")) {
                return false;
            }
        }
        for (int i = 0; i < toks.size(); i++) {
            if (!toks.get(i).is("zou") && !toks.get(i).is("zouden")) {
                continue;
            }
            for (int j = i + 1; j < toks.size() && j <= i + ZOU_WINDOW; j++) {
                Tok t = toks.get(j);
                if (!t.isWord() && !",".equals(t.text())) {
                    break;
                }
                if (t.is("zijn") || t.is("hebben")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int indexOf(Phrases p, int offset) {
        for (int i = 0; i < p.size(); i++) {
            if (p.tok(i).start() >= offset) {
                return i;
            }
        }
        return p.size() - 1;
    }
}
