package org.kroniek.extract.claims;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.kroniek.record.Span;
import org.kroniek.record.SpeakerKind;

/**
 * What a text itself says about the gender of the persons it names, as votes per mention:
 * <ul>
 *   <li>a title or role noun right before the name ("mevrouw X", "zijn vrouw X", "Mr. X") or in an
 *       apposition after it ("X, de moeder van ...", "X, the king's widow,"): weight {@value #ROLE};</li>
 *   <li>the first gendered pronoun after the person in a sentence that names no one else and has no
 *       such pronoun before the name, or else at the start of the next sentence (before anyone else is
 *       named, when the sentence names no one else by a role noun alone, "een woordvoerder van X"), unless a preposition governs the name ("met X kreeg ze", "volgens X"): weight {@value #PRONOUN}. Within the naming sentence only subject and possessive
 *       pronouns count ("X zei dat hij"), since an object pronoun there mostly means someone else
 *       ("X zag haar").</li>
 * </ul>
 * Dutch "ze"/"zij" count as female only beside a singular verb ("kreeg ze", "ze wilde"), Dutch "zijn"
 * as male only right after a preposition ("in zijn woonplaats"); pronouns inside quotations do not
 * count. Immutable.
 */
final class GenderEvidence {
    static final int ROLE = 3;
    static final int PRONOUN = 1;
    private static final int APPOSITION_REACH = 4;

    /** One piece of evidence that a person mention is male or female. */
    record Vote(PersonMention person, Gender gender, int weight) {
    }

    private final ClaimLexicon lex;
    private final GenderLexicon genders;
    private final List<Span> quotes;

    GenderEvidence(ClaimLexicon lex, GenderLexicon genders) {
        this(lex, genders, List.of());
    }

    /** With the quotations of the text, whose pronouns are the quoted speaker's and tell nothing about the persons outside. */
    GenderEvidence(ClaimLexicon lex, GenderLexicon genders, List<Span> quotes) {
        this.lex = lex;
        this.genders = genders;
        this.quotes = List.copyOf(quotes);
    }

    /**
     * The votes for the persons of a text. {@code key} tells which mentions are the same person
     * ("Yago R." and a later "R."), so that two mentions of one person leave it the only candidate.
     */
    List<Vote> votes(List<List<Tok>> sentences, List<PersonMention> persons, Function<PersonMention, String> key) {
        List<Vote> out = new ArrayList<>();
        List<List<PersonMention>> bySentence = new ArrayList<>();
        for (List<Tok> toks : sentences) {
            bySentence.add(within(toks, persons));
        }
        for (int si = 0; si < sentences.size(); si++) {
            List<Tok> toks = sentences.get(si);
            for (PersonMention p : bySentence.get(si)) {
                Gender g = role(toks, p);
                if (g != Gender.UNKNOWN) {
                    out.add(new Vote(p, g, ROLE));
                }
            }
            Vote v = pronounAfterOnlyPerson(sentences, bySentence, si, key);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    private Vote pronounAfterOnlyPerson(List<List<Tok>> sentences, List<List<PersonMention>> bySentence, int si,
                                        Function<PersonMention, String> key) {
        List<PersonMention> here = bySentence.get(si);
        Set<String> keys = new LinkedHashSet<>();
        here.forEach(p -> keys.add(key.apply(p)));
        if (keys.size() != 1) {
            return null;
        }
        List<Tok> toks = sentences.get(si);
        PersonMention first = here.get(0);
        PersonMention last = here.get(here.size() - 1);
        for (int j = 0; j < toks.size() && toks.get(j).end() <= first.start(); j++) {
            if (pronoun(toks, j, true) != Gender.UNKNOWN) {
                return null;
            }
        }
        int at = indexAt(toks, last.start());
        if (at > 0 && governs(toks.get(at - 1).lower()) || personNounBesides(toks, here)) {
            return null;
        }
        for (int j = 0; j < toks.size(); j++) {
            if (toks.get(j).start() >= last.end()) {
                Gender g = pronoun(toks, j, false);
                if (g != Gender.UNKNOWN) {
                    return new Vote(last, g, PRONOUN);
                }
            }
        }
        if (si + 1 >= sentences.size()) {
            return null;
        }
        List<Tok> next = sentences.get(si + 1);
        int stop = bySentence.get(si + 1).isEmpty() ? Integer.MAX_VALUE : bySentence.get(si + 1).get(0).start();
        for (int j = 0; j < next.size() && next.get(j).end() <= stop; j++) {
            Gender g = pronoun(next, j, true);
            if (g != Gender.UNKNOWN) {
                return new Vote(last, g, PRONOUN);
            }
        }
        return null;
    }

    /**
     * Whether the sentence names someone by a role noun only ("een woordvoerder van X zegt", "zijn
     * vrouw"), another candidate for the pronoun. A role noun right before a name is that person's title.
     */
    private boolean personNounBesides(List<Tok> toks, List<PersonMention> named) {
        for (int j = 0; j < toks.size(); j++) {
            Tok t = toks.get(j);
            if (!t.isWord() || t.isCapitalized() && j > 0 || !personNoun(t.lower())) {
                continue;
            }
            boolean title = false;
            for (PersonMention p : named) {
                title |= j + 1 < toks.size() && toks.get(j + 1).start() == p.start() || t.start() >= p.start() && t.end() <= p.end();
            }
            if (!title) {
                return true;
            }
        }
        return false;
    }

    private boolean personNoun(String lower) {
        GenderLexicon.Word w = genders.word(lower);
        if (w != null && w.use() == GenderLexicon.Use.NOUN) {
            return true;
        }
        String last = lower.substring(lower.lastIndexOf('-') + 1);
        for (String suffix : lex.personRoleSuffixes()) {
            if (last.endsWith(suffix)) {
                return true;
            }
        }
        for (ClaimLexicon.SpeakerWord sw : lex.speakers()) {
            if (!sw.caseSensitive() && sw.words().size() == 1 && sw.words().get(0).equals(last)
                    && (sw.kind() == SpeakerKind.UNKNOWN || sw.kind() == SpeakerKind.PERSON)
                    && !lex.is(last, "group-noun")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word before a name makes it no subject: a preposition, or a one-word "volgens"/"according to" cue. */
    private boolean governs(String lower) {
        if (lex.is(lower, "preposition")) {
            return true;
        }
        for (Cue c : lex.cues()) {
            if (c.family() == CueFamily.ACCORDING_TO && c.words().get(c.words().size() - 1).equals(lower)) {
                return true;
            }
        }
        return false;
    }

    /** The gender of a pronoun at token {@code j}; object pronouns only when {@code objects}. */
    Gender pronoun(List<Tok> toks, int j, boolean objects) {
        Tok t = toks.get(j);
        GenderLexicon.Word w = genders.word(t.lower());
        if (w == null || quoted(t)) {
            return Gender.UNKNOWN;
        }
        return switch (w.use()) {
            case PRONOUN -> w.gender();
            case OBJECT_PRONOUN -> objects ? w.gender() : Gender.UNKNOWN;
            case PRONOUN_IF_SINGULAR -> singularVerbBeside(toks, j) ? w.gender() : Gender.UNKNOWN;
            case POSSESSIVE_AFTER_PREPOSITION -> j > 0 && lex.is(toks.get(j - 1).lower(), "preposition") ? w.gender() : Gender.UNKNOWN;
            default -> Gender.UNKNOWN;
        };
    }

    private boolean quoted(Tok t) {
        for (Span q : quotes) {
            if (q.start() <= t.start() && t.end() <= q.end()) {
                return true;
            }
        }
        return false;
    }

    private boolean singularVerbBeside(List<Tok> toks, int j) {
        boolean singular = false;
        for (int k : new int[] {j - 1, j + 1}) {
            if (k < 0 || k >= toks.size() || !toks.get(k).isWord()) {
                continue;
            }
            String w = toks.get(k).lower();
            if (lex.is(w, "singular-verb") || lex.is(w, "verb") && !w.endsWith("en")) {
                singular = true;
            } else if (lex.is(w, "verb") || functionWord(w)) {
                continue;
            } else if (w.endsWith("en") && w.length() > 3) {
                return false;
            } else if (w.length() > 3 && (w.endsWith("t") || w.endsWith("de") || w.endsWith("te"))) {
                singular = true;
            }
        }
        return singular;
    }

    private boolean functionWord(String w) {
        for (String c : new String[] {"determiner", "complementizer", "conjunction", "adverb", "preposition", "negation",
                "not-speaker", "pronoun"}) {
            if (lex.is(w, c)) {
                return true;
            }
        }
        return false;
    }

    /** The gender a title or role noun gives a mention: right before it, or in an apposition after it. */
    Gender role(List<Tok> toks, PersonMention p) {
        int i = indexAt(toks, p.start());
        if (i < 0) {
            return Gender.UNKNOWN;
        }
        int b = i - 1;
        if (b > 0 && ".".equals(toks.get(b).text())) {
            b--;
        }
        if (b >= 0) {
            Gender g = roleWord(toks.get(b), true);
            if (g != Gender.UNKNOWN) {
                return g;
            }
        }
        int e = i;
        while (e < toks.size() && toks.get(e).end() <= p.end()) {
            e++;
        }
        if (e >= toks.size() || !",".equals(toks.get(e).text())) {
            return Gender.UNKNOWN;
        }
        for (int k = e + 1; k < Math.min(toks.size(), e + 1 + APPOSITION_REACH); k++) {
            Tok t = toks.get(k);
            if (!t.isWord() || lex.is(t.lower(), "verb")) {
                return Gender.UNKNOWN;
            }
            Gender g = roleWord(t, false);
            if (g != Gender.UNKNOWN) {
                boolean closes = k + 1 >= toks.size() || !toks.get(k + 1).isWord()
                        || toks.get(k + 1).is("van") || toks.get(k + 1).is("of");
                return closes ? g : Gender.UNKNOWN;
            }
        }
        return Gender.UNKNOWN;
    }

    private Gender roleWord(Tok t, boolean titles) {
        if (!t.isWord()) {
            return Gender.UNKNOWN;
        }
        String w = t.lower();
        GenderLexicon.Word word = genders.word(w);
        if (word == null && w.endsWith(".")) {
            word = genders.word(w.substring(0, w.length() - 1));
        }
        if (word == null && w.contains("-")) {
            word = genders.word(w.substring(w.lastIndexOf('-') + 1));
        }
        if (word == null || word.use() != GenderLexicon.Use.NOUN && (word.use() != GenderLexicon.Use.TITLE || !titles)) {
            return Gender.UNKNOWN;
        }
        return word.gender();
    }

    private static int indexAt(List<Tok> toks, int start) {
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).start() >= start) {
                return toks.get(i).start() < start + 1 ? i : -1;
            }
        }
        return -1;
    }

    private static List<PersonMention> within(List<Tok> toks, List<PersonMention> persons) {
        List<PersonMention> out = new ArrayList<>();
        if (toks.isEmpty()) {
            return out;
        }
        int from = toks.get(0).start();
        int to = toks.get(toks.size() - 1).end();
        for (PersonMention p : persons) {
            if (p.start() >= from && p.end() <= to) {
                out.add(p);
            }
        }
        return out;
    }
}
