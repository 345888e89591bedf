package org.kroniek.extract.claims;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kroniek.kb.EntityFacts;
import org.kroniek.kb.EntryKind;
import org.kroniek.record.Entity;
import org.kroniek.record.EntityType;
import org.kroniek.record.Span;
import org.kroniek.record.Speaker;
import org.kroniek.record.SpeakerKind;
import org.kroniek.record.TextSpan;

/**
 * Turns the words naming a speaker into a {@link Speaker}: its kind from the speaker lexicon (role
 * nouns, institutions, metonyms such as a capital for its government), its country from country
 * adjectives or the metonym, its entity from the resolved entities whose mention overlaps, a bare
 * surname ("R." after "Yago R.") the person. A pronoun or "laatstgenoemde"/"the latter" takes the
 * nearest fitting earlier speaker or person of a fitting gender and number ({@link Antecedents});
 * "woordvoerder van het ministerie" takes kind and country from the ministry, and a definite role
 * ("het ministerie") from the nearest earlier speaker with the same role word. One per document.
 */
final class SpeakerResolver {
    private static final int MIN_COMPOUND_HEAD = 5;

    private final Map<String, SpeakerKind> nameKinds = new HashMap<>();

    private final String text;
    private final ClaimLexicon lex;
    private final List<Entity> entities;
    private final EntityFacts facts;
    private final Antecedents antecedents;
    private final List<PersonMention> persons;

    SpeakerResolver(String text, ClaimLexicon lex, List<Entity> entities, EntityFacts facts, List<PersonMention> persons,
                    PersonGender genders) {
        this.text = text;
        this.facts = facts;
        this.lex = lex;
        this.entities = entities;
        this.persons = List.copyOf(persons);
        this.antecedents = new Antecedents(text, lex, persons, genders);
    }

    /**
     * Notes institutions named with a country ("het Russische ministerie van Defensie") so that a
     * later bare "het ministerie" gets their country even when they made no claim.
     */
    void noteInstitutions(List<List<Tok>> sentences) {
        for (List<Tok> toks : sentences) {
            for (int i = 0; i + 1 < toks.size(); i++) {
                String country = lex.country(toks.get(i).text());
                if (country == null) {
                    continue;
                }
                Tok next = toks.get(i + 1);
                for (ClaimLexicon.SpeakerWord w : lex.speakers()) {
                    if (!w.caseSensitive() && w.words().size() == 1 && w.words().get(0).equals(next.lower())
                            && w.kind() != SpeakerKind.UNKNOWN) {
                        antecedents.institution(toks.get(i).start(), new Speaker(null, toks.get(i).text() + " " + next.text(),
                                w.kind(), country));
                        break;
                    }
                }
            }
        }
    }

    /**
     * Notes the kind of names introduced with a role word, before ("juristencollectief Pilp") or as an
     * apposition after ("Wij Stoppen Steenkool, de milieuorganisatie ..."), so that the bare name later
     * gets that kind.
     */
    void noteNamedRoles(List<List<Tok>> sentences) {
        for (List<Tok> toks : sentences) {
            for (int i = 0; i < toks.size(); i++) {
                SpeakerKind k = roleKind(toks.get(i));
                if (k == null || k == SpeakerKind.UNKNOWN || k == SpeakerKind.PERSON) {
                    continue;
                }
                int j = i + 1;
                while (j < toks.size() && toks.get(j).isWord() && toks.get(j).isCapitalized()) {
                    j++;
                }
                if (j > i + 1) {
                    nameKinds.putIfAbsent(join(toks, i + 1, j), k);
                }
                if (i >= 3 && lex.is(toks.get(i - 1).lower(), "determiner") && ",".equals(toks.get(i - 2).text())) {
                    int e = i - 2;
                    int b = e;
                    while (b > 0 && toks.get(b - 1).isWord() && toks.get(b - 1).isCapitalized()) {
                        b--;
                    }
                    if (b < e) {
                        nameKinds.putIfAbsent(join(toks, b, e), k);
                    }
                }
            }
        }
    }

    private static String join(List<Tok> toks, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.append(k > from ? " " : "").append(toks.get(k).text());
        }
        return sb.toString();
    }

    /** The kind of a lowercase role noun, also at the end of a compound ("milieuorganisatie"); null when none. */
    SpeakerKind roleKind(Tok t) {
        if (!t.isWord() || t.isCapitalized()) {
            return null;
        }
        ClaimLexicon.SpeakerWord w = lex.singleWordSpeakerEnding(t.lower(), MIN_COMPOUND_HEAD);
        return w == null ? null : w.kind();
    }

    /** Notes a speaker so that later pronouns can refer to it. */
    void remember(int offset, Speaker speaker) {
        antecedents.remember(offset, speaker);
    }

    /** The speaker named by tokens {@code [from, to)} of a sentence; null when they name nobody. */
    Speaker resolve(Phrases p, int from, int to) {
        return resolve(p, from, to, false);
    }

    /**
     * As {@link #resolve(Phrases, int, int)}; {@code singular} says that the verb agreeing with the
     * speaker is singular, so that "ze"/"zij" look for a person first.
     */
    Speaker resolve(Phrases p, int from, int to, boolean singular) {
        if (to - from == 1 && p.is(from, "object-pronoun")) {
            return null;
        }
        return resolveObject(p, from, to, singular);
    }

    /** As {@link #resolve(Phrases, int, int, boolean)}, also taking object pronouns ("according to him"). */
    Speaker resolveObject(Phrases p, int from, int to, boolean singular) {
        if (to <= from) {
            return null;
        }
        Tok first = p.tok(from);
        if (to - from == 1 && p.is(from, "not-speaker") || p.is(from, "complementizer") && !p.is(from, "determiner")) {
            return null;
        }
        if (to - from == 1 && (p.is(from, "pronoun") || p.is(from, "latter"))) {
            Speaker a = antecedents.pronoun(p, from, singular);
            if (a != null) {
                return a;
            }
            boolean personal = first.is("hij") || first.is("he") || first.is("she") || first.is("i") || first.is("ik");
            return new Speaker(null, first.text(), personal ? SpeakerKind.PERSON : SpeakerKind.UNKNOWN, null);
        }
        if (to - from == 2 && p.is(from, "determiner") && p.is(from + 1, "latter")) {
            return antecedents.latter(first.start());
        }
        int start = first.start();
        int end = p.tok(to - 1).end();
        String words = text.substring(start, end);
        if (to - from >= 2 && p.is(from, "determiner") && !hasName(p, from, to)) {
            String head = p.tok(to - 1).lower();
            Speaker person = antecedents.withRole(start, head);
            if (person != null) {
                return person;
            }
        }
        Entity entity = entityAt(new Span(start, end));
        PersonMention surname = entity == null || entity.type() != EntityType.PER ? personEndingAt(start, end) : null;
        if (surname != null) {
            String country = surname.country();
            for (Entity e : entities) {
                if (country == null && e.id().equals(surname.entity())) {
                    country = e.country();
                }
            }
            return new Speaker(surname.entity(), words, SpeakerKind.PERSON, country);
        }
        Role role = role(p, from, to);
        if (role.kind == SpeakerKind.UNKNOWN && role.word == null) {
            SpeakerKind named = null;
            for (Map.Entry<String, SpeakerKind> e : nameKinds.entrySet()) {
                if (words.equals(e.getKey()) || words.endsWith(" " + e.getKey())) {
                    named = e.getValue();
                }
            }
            for (int j = from; named == null && j < to; j++) {
                SpeakerKind k = roleKind(p.tok(j));
                named = k == null || k == SpeakerKind.UNKNOWN ? null : k;
            }
            if (named != null) {
                role = new Role(null, named, false, role.ofPart);
            }
        }
        String country = country(p, from, to);
        SpeakerKind kind = role.kind;
        boolean named = hasName(p, from, to);
        if (named && (role.personal || role.kind == SpeakerKind.UNKNOWN && role.ofPart < 0)) {
            kind = SpeakerKind.PERSON;
        }
        if (entity != null && entity.type() == EntityType.PER) {
            kind = SpeakerKind.PERSON;
        }

        if (role.ofPart >= 0) {
            Speaker of = resolve(p, role.ofPart, to);
            if (of != null) {
                if (kind == SpeakerKind.UNKNOWN) {
                    kind = of.kind();
                }
                if (country == null) {
                    country = of.country();
                }
                if (entity == null && of.entity() != null && role.kind == SpeakerKind.UNKNOWN && !named) {
                    return new Speaker(of.entity(), words, kind, country);
                }
            }
        }
        if (kind == SpeakerKind.UNKNOWN && role.personal && role.word != null) {
            kind = SpeakerKind.PERSON;
        }
        if (country == null && role.word != null && !named) {
            Speaker earlier = antecedents.earlierWith(start, role.word);
            if (earlier != null) {
                country = earlier.country();
                if (entity == null && earlier.entity() != null && to - from <= 3) {
                    return new Speaker(earlier.entity(), words, kind, country);
                }
            }
        }
        if (country == null && entity != null) {
            country = entity.country();
        }
        if (entity == null) {
            return new Speaker(null, words, kind, country);
        }
        String id = entity.id();
        String government = facts.standsFor(id).orElse(null);
        if (government != null) {
            return new Speaker(government, words, SpeakerKind.GOVERNMENT, country);
        }
        SpeakerKind known = facts.kindOf(id).map(SpeakerResolver::speakerKind).orElse(null);
        if (known != null && entity.type() != EntityType.PER
                && (kind == SpeakerKind.UNKNOWN || kind == SpeakerKind.PERSON && !role.personal && role.word == null)) {
            kind = known;
        } else if (known == null && kind == SpeakerKind.PERSON && entity.type() != EntityType.PER && role.word == null) {
            kind = SpeakerKind.UNKNOWN;
        }
        return new Speaker(id, words, kind, country);
    }

    private static SpeakerKind speakerKind(String entryKind) {
        try {
            return EntryKind.of(entryKind).speakerKind();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The entity id a relaying medium's words name, or the words themselves when no entity does. */
    String viaEntity(int start, int end, String words) {
        Entity e = entityAt(new Span(start, end));
        return e == null ? words : e.id();
    }

    /** A person mention of the surname kind ending the phrase {@code [start, end)} and bound to an entity, or null. */
    private PersonMention personEndingAt(int start, int end) {
        for (PersonMention p : persons) {
            if (p.entity() != null && p.end() == end && p.start() >= start && p.entity().startsWith("PER:")) {
                return p;
            }
        }
        return null;
    }

    private Entity entityAt(Span span) {
        Entity best = null;
        int bestLength = 0;
        for (Entity e : entities) {
            for (TextSpan m : e.mentions()) {
                if (span.contains(m.span()) || m.span().contains(span)) {
                    int length = m.end() - m.start() + (e.type() == EntityType.PER ? 1000 : 0);
                    if (length > bestLength) {
                        best = e;
                        bestLength = length;
                    }
                }
            }
        }
        return best;
    }

    /** The role word of a phrase, its kind, whether it names one person, and where a "van X" part starts. */
    private record Role(String word, SpeakerKind kind, boolean personal, int ofPart) {
    }

    private Role role(Phrases p, int from, int to) {
        int ofPart = -1;
        int headEnd = to;
        for (int j = from + 1; j < to - 1; j++) {
            if (p.tok(j).is("van") || p.tok(j).is("of")) {
                ofPart = j + 1;
                headEnd = j;
                break;
            }
        }
        for (int j = from; j < headEnd; j++) {
            for (ClaimLexicon.SpeakerWord w : lex.speakers()) {
                if (matches(p, j, headEnd, w)) {
                    int next = j + w.words().size();
                    boolean apposition = !w.caseSensitive() && next < headEnd && p.tok(next).isCapitalized();
                    boolean personal = w.kind() == SpeakerKind.UNKNOWN || apposition;
                    return new Role(String.join(" ", w.words()).toLowerCase(Locale.ROOT), w.kind(), personal, ofPart);
                }
            }
            for (String part : p.tok(j).text().split("-")) {
                for (ClaimLexicon.SpeakerWord w : lex.speakers()) {
                    if (w.words().size() == 1 && part.length() < p.tok(j).text().length()
                            && (w.caseSensitive() ? w.words().get(0).equals(part) : w.words().get(0).equalsIgnoreCase(part))
                            && w.kind() == SpeakerKind.UNKNOWN) {
                        return new Role(w.words().get(0), SpeakerKind.UNKNOWN, true, ofPart);
                    }
                }
            }
        }
        if (ofPart >= 0) {
            for (int j = ofPart; j < to; j++) {
                for (ClaimLexicon.SpeakerWord w : lex.speakers()) {
                    if (matches(p, j, to, w)) {
                        return new Role(null, w.kind(), false, -1);
                    }
                }
            }
        }
        return new Role(null, SpeakerKind.UNKNOWN, false, -1);
    }

    private static boolean matches(Phrases p, int j, int to, ClaimLexicon.SpeakerWord w) {
        int n = w.words().size();
        if (j + n > to) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            String want = w.words().get(k);
            Tok t = p.tok(j + k);
            if (w.caseSensitive() ? !t.text().equals(want) : !t.lower().equals(want)) {
                return false;
            }
        }
        return true;
    }

    private String country(Phrases p, int from, int to) {
        for (int j = from; j < to; j++) {
            String c = lex.country(p.tok(j).text());
            if (c == null && j + 1 < to) {
                c = lex.country(p.tok(j).text() + " " + p.tok(j + 1).text());
            }
            if (c != null) {
                return c;
            }
            for (ClaimLexicon.SpeakerWord w : lex.speakers()) {
                if (w.country() != null) {
                    if (matches(p, j, to, w)) {
                        return w.country();
                    }
                    for (String part : p.tok(j).text().split("-")) {
                        if (w.words().size() == 1 && w.words().get(0).equals(part)) {
                            return w.country();
                        }
                    }
                }
            }
        }
        return null;
    }

    /** Whether the phrase holds a capitalized word that is no role, country word or sentence-initial article. */
    private boolean hasName(Phrases p, int from, int to) {
        int end = to;
        for (int j = from + 1; j < to; j++) {
            if (p.tok(j).is("van") || p.tok(j).is("of")) {
                end = j;
                break;
            }
        }
        for (int j = from; j < end; j++) {
            Tok t = p.tok(j);
            if (!t.isWord() || !t.isCapitalized() || lex.country(t.text()) != null || p.is(j, "determiner")
                    || p.is(j, "adverb") || p.is(j, "pronoun")) {
                continue;
            }
            boolean known = false;
            for (ClaimLexicon.SpeakerWord w : lex.speakers()) {
                if (matches(p, j, end, w) || w.words().size() == 1 && w.words().get(0).equalsIgnoreCase(t.text())) {
                    known = true;
                    break;
                }
                if (w.words().size() > 1 && j > from && matches(p, j - 1, end, w)) {
                    known = true;
                    break;
                }
            }
            if (!known && !t.text().contains("-")) {
                return true;
            }
        }
        return false;
    }
}
