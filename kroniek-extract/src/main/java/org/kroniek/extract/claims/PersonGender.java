package org.kroniek.extract.claims;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kroniek.record.Span;

/**
 * The gender of each person a document names, from the document's own evidence ({@link
 * GenderEvidence}: titles, role nouns, pronouns that follow the person) and from the first-name
 * lexicon, so that "hij" and "zij" pick a fitting antecedent. Mentions of one entity, and a bare
 * surname repeating the last word of a full name ("R." after "Yago R."), count as one person. A
 * person is {@link Gender#UNKNOWN} when the evidence is absent or tied. One per document.
 */
final class PersonGender {
    private static final int FIRST_NAME = 2;

    private final Map<String, String> surnames = new HashMap<>();
    private final Map<String, int[]> votes = new HashMap<>();

    PersonGender(List<List<Tok>> sentences, List<PersonMention> persons, List<Span> quotes, ClaimLexicon lex) {
        for (PersonMention p : persons) {
            String[] words = p.text().split("\\s+");
            if (p.entity() != null && words.length >= 2) {
                surnames.putIfAbsent(words[words.length - 1], p.entity());
            }
        }
        GenderLexicon genders = GenderLexicon.forLanguage(lex.language());
        for (GenderEvidence.Vote v : new GenderEvidence(lex, genders, quotes).votes(sentences, persons, this::key)) {
            add(key(v.person()), v.gender(), v.weight());
        }
        Map<String, String> firstNames = new HashMap<>();
        for (PersonMention p : persons) {
            String[] words = p.text().split("\\s+");
            if (words.length >= 2) {
                firstNames.putIfAbsent(key(p), words[0]);
            }
        }
        firstNames.forEach((k, name) -> add(k, genders.firstName(name), FIRST_NAME));
    }

    /** The gender of the person a speaker or mention names: by entity id, else by the last word of its text. */
    Gender of(String entity, String text) {
        String[] words = text == null ? new String[] {""} : text.strip().split("\\s+");
        int[] v = votes.get(key(entity, words[words.length - 1]));
        return v == null ? Gender.UNKNOWN : decide(v);
    }

    private String key(PersonMention p) {
        String[] words = p.text().split("\\s+");
        return key(p.entity(), words[words.length - 1]);
    }

    private String key(String entity, String lastWord) {
        if (entity != null && entity.startsWith("PER:")) {
            return entity;
        }
        String viaSurname = surnames.get(lastWord);
        return viaSurname != null ? viaSurname : entity != null ? entity : "~" + lastWord;
    }

    private void add(String key, Gender g, int weight) {
        if (g == Gender.UNKNOWN) {
            return;
        }
        votes.computeIfAbsent(key, k -> new int[2])[g == Gender.MALE ? 0 : 1] += weight;
    }

    private static Gender decide(int[] v) {
        return v[0] > v[1] ? Gender.MALE : v[1] > v[0] ? Gender.FEMALE : Gender.UNKNOWN;
    }
}
