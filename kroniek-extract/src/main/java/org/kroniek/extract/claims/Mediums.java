package org.kroniek.extract.claims;

import org.kroniek.record.Speaker;
import org.kroniek.record.SpeakerKind;

/**
 * The medium that relays a speaker: the subject of a relaying verb ("persbureau X citeert een
 * woordvoerder") or a medium the speaker spoke to or through ("tegen de BBC", "told CNN", "in de
 * Volkskrant"). Written as the entity id when the entity stage resolved it, else as the name.
 */
final class Mediums {
    private final String text;
    private final ClaimLexicon lex;
    private final SpeakerResolver resolver;
    private final boolean english;

    Mediums(String text, ClaimLexicon lex, SpeakerResolver resolver) {
        this.text = text;
        this.lex = lex;
        this.resolver = resolver;
        this.english = "en".equals(lex.language());
    }

    /** "citeert persbureau X een woordvoerder": where the second phrase (after a new determiner) starts, or -1. */
    int secondPhrase(Phrases p, int from, int to) {
        for (int j = from + 1; j < to; j++) {
            if (p.is(j, "determiner") && !p.is(j - 1, "preposition") && !p.tok(j - 1).is("van") && p.tok(j - 1).isWord()) {
                return j;
            }
        }
        return -1;
    }

    /** "X citeert Y: ..." before the content: the subject relays, the object speaks. */
    void relay(Draft d, Phrases p, int subjectFrom, int subjectTo, int c1, int limit) {
        int a = p.skipAdverbs(c1, limit);
        int e = p.npRight(a, limit);
        if (e > a) {
            Speaker object = resolver.resolve(p, a, e);
            if (object != null) {
                d.via = stripDeterminers(p, subjectFrom, subjectTo);
                d.speaker = object;
                d.speakerSpan = p.span(a, e);
            }
        }
    }

    /** A medium the speaker spoke to or through ("tegen de BBC", "told CNN", "in de Volkskrant"): becomes {@code via}. */
    void via(Draft d, Phrases p, int from, int to) {
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
    String stripDeterminers(Phrases p, int from, int to) {
        int a = from;
        while (a < to - 1 && (p.is(a, "determiner") || isRoleWord(p, a))) {
            a++;
        }
        int start = p.tok(a).start();
        int end = p.tok(to - 1).end();
        return resolver.viaEntity(start, end, text.substring(start, end));
    }

    boolean isRoleWord(Phrases p, int i) {
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
}
