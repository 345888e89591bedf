package org.kroniek.extract.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.kroniek.record.Speaker;
import org.kroniek.record.SpeakerKind;

/**
 * The persons and speakers seen so far in a document, in text order, and the choice among them of
 * what a pronoun, "laatstgenoemde" or a definite role ("de minister") refers to. A personal pronoun
 * ("hij", "she", singular "ze") takes the nearest person whose gender ({@link PersonGender}) does not
 * clash with its own, and the nearest person when all clash; a plural one ("ze zeggen", "hen",
 * "they") the nearest speaker that is no single person, or one of persons joined by "en"/"and". One
 * per document, not thread-safe.
 */
final class Antecedents {
    /** A person or speaker seen earlier in the text; {@code coordinated}: one of "X en Y", a plural antecedent too. */
    private record Seen(int offset, Speaker speaker, boolean person, String role, boolean coordinated) {
    }

    private static final Pattern COORDINATION = Pattern.compile("(?:\\s*\\([^()]*\\))?,?\\s+(?:en|and)\\s+(?:\\p{Ll}+\\s+)?");
    private static final String INSTITUTION = "#institution";

    private final ClaimLexicon lex;
    private final PersonGender genders;
    private final GenderLexicon genderWords;
    private final List<Seen> seen = new ArrayList<>();

    /** Starts with the persons the text names; bare surnames found by repetition are no antecedents. */
    Antecedents(String text, ClaimLexicon lex, List<PersonMention> persons, PersonGender genders) {
        this.lex = lex;
        this.genders = genders;
        this.genderWords = GenderLexicon.forLanguage(lex.language());
        for (int i = 0; i < persons.size(); i++) {
            PersonMention p = persons.get(i);
            if (p.repeat()) {
                continue;
            }
            boolean coordinated = i + 1 < persons.size() && joined(text, p, persons.get(i + 1))
                    || i > 0 && joined(text, persons.get(i - 1), p);
            seen.add(new Seen(p.start(), new Speaker(p.entity(), p.text(), SpeakerKind.PERSON, p.country()), true, p.role(),
                    coordinated));
        }
    }

    /** Notes an institution named in passing ("het Russische ministerie"): a source of country, never an antecedent. */
    void institution(int offset, Speaker speaker) {
        seen.add(new Seen(offset, speaker, false, INSTITUTION, false));
    }

    /** Notes a speaker; a group noun ("het tweetal") counts as no single person. */
    void remember(int offset, Speaker speaker) {
        String[] words = speaker.text() == null ? new String[] {""} : speaker.text().toLowerCase(Locale.ROOT).split("\\s+");
        boolean group = lex.is(words[words.length - 1], "group-noun");
        seen.add(new Seen(offset, speaker, speaker.kind() == SpeakerKind.PERSON && !group, null, false));
    }

    /** What the pronoun or "laatstgenoemde" at token {@code at} refers to, or null; {@code singular}: its verb is singular. */
    Speaker pronoun(Phrases p, int at, boolean singular) {
        Tok t = p.tok(at);
        if (p.is(at, "latter")) {
            return choose(t.start(), Gender.UNKNOWN, true, false);
        }
        Gender wanted = genderWords.pronoun(t.lower(), singular);
        boolean personal = wanted != Gender.UNKNOWN || singular && genderWords.word(t.lower()) != null;
        boolean plural = !singular && (p.is(at, "plural-pronoun") || pluralVerbBeside(p, at));
        return choose(t.start(), wanted, personal, plural);
    }

    /** The nearest person before {@code offset}, for "de laatstgenoemde"/"the latter". */
    Speaker latter(int offset) {
        return choose(offset, Gender.UNKNOWN, true, false);
    }

    /** The nearest person before {@code offset} introduced with the role word {@code head} ("minister X", then "de minister"). */
    Speaker withRole(int offset, String head) {
        Seen person = null;
        for (Seen s : seen) {
            if (s.offset() < offset && head.equals(s.role()) && (person == null || s.offset() > person.offset())) {
                person = s;
            }
        }
        return person == null ? null : person.speaker();
    }

    /** The nearest speaker before {@code offset} whose words hold {@code roleWord}. */
    Speaker earlierWith(int offset, String roleWord) {
        Seen best = null;
        for (Seen s : seen) {
            if (s.offset() < offset && s.speaker().text().toLowerCase(Locale.ROOT).contains(roleWord)
                    && (best == null || s.offset() > best.offset())) {
                best = s;
            }
        }
        return best == null ? null : best.speaker();
    }

    private Speaker choose(int offset, Gender wanted, boolean personal, boolean plural) {
        Seen best = null;
        Seen fitting = null;
        for (Seen s : seen) {
            if (s.offset() >= offset || personal && !s.person() || INSTITUTION.equals(s.role())) {
                continue;
            }
            if (best == null || s.offset() > best.offset()) {
                best = s;
            }
            boolean fits = plural ? !s.person() || s.coordinated()
                    : !genders.of(s.speaker().entity(), s.speaker().text()).clashesWith(wanted);
            if (fits && (fitting == null || s.offset() > fitting.offset())) {
                fitting = s;
            }
        }
        Seen chosen = fitting != null ? fitting : best;
        return chosen == null ? null : chosen.speaker();
    }

    private static boolean joined(String text, PersonMention a, PersonMention b) {
        return a.end() <= b.start() && COORDINATION.matcher(text.substring(a.end(), b.start())).matches();
    }

    /** Whether a word right before or after a pronoun is a plural verb ("zeggen ze", "zij melden"). */
    private static boolean pluralVerbBeside(Phrases p, int at) {
        for (int k : new int[] {at - 1, at + 1}) {
            if (k < 0 || k >= p.size() || !p.tok(k).isWord() || p.tok(k).isCapitalized() && k > 0) {
                continue;
            }
            String w = p.tok(k).lower();
            if (w.length() > 3 && w.endsWith("en") && !p.is(k, "determiner") && !p.is(k, "preposition") && !p.is(k, "adverb")
                    && !p.is(k, "conjunction") && !p.is(k, "pronoun")) {
                return true;
            }
        }
        return false;
    }
}
