package org.kroniek.extract.claims;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kroniek.text.Tsv;

/**
 * The words that tell a person's gender in one language ({@code gender-words-LANG.tsv}: pronouns,
 * titles, role nouns) and the first names whose gender the data showed ({@code first-names.tsv},
 * derived by {@code kroniek train first-names}, shared by all languages). Immutable, loaded once
 * per language and shared between threads.
 */
final class GenderLexicon {
    private static final Map<String, GenderLexicon> CACHE = new ConcurrentHashMap<>();
    private static final String FIRST_NAMES = "first-names.tsv";

    /** How a gender word is used, as in the {@code use} column of the word lists. */
    enum Use {
        PRONOUN, OBJECT_PRONOUN, PRONOUN_IF_SINGULAR, POSSESSIVE_AFTER_PREPOSITION, NOUN, TITLE;

        static Use of(String label) {
            return Use.valueOf(label.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    /** A gender word: its gender and use. */
    record Word(Gender gender, Use use) {
    }

    private final Map<String, Word> words;
    private final Map<String, Gender> firstNames;

    private GenderLexicon(Map<String, Word> words, Map<String, Gender> firstNames) {
        this.words = Map.copyOf(words);
        this.firstNames = Map.copyOf(firstNames);
    }

    /** The lexicon for {@code nl} or {@code en}; any other language gets the Dutch one. */
    static GenderLexicon forLanguage(String language) {
        String lang = "en".equals(language) ? "en" : "nl";
        return CACHE.computeIfAbsent(lang, GenderLexicon::load);
    }

    /** The gender word a lowercase word is, or null. */
    Word word(String lower) {
        return words.get(lower);
    }

    /** The gender of a first name (any case), or {@link Gender#UNKNOWN}. */
    Gender firstName(String name) {
        return firstNames.getOrDefault(name.toLowerCase(Locale.ROOT), Gender.UNKNOWN);
    }

    /** The gender a pronoun asks of its antecedent; {@code singular} tells Dutch "ze" (one woman) from "ze" (a group). */
    Gender pronoun(String lower, boolean singular) {
        Word w = words.get(lower);
        if (w == null) {
            return Gender.UNKNOWN;
        }
        return switch (w.use()) {
            case PRONOUN, OBJECT_PRONOUN -> w.gender();
            case PRONOUN_IF_SINGULAR -> singular ? w.gender() : Gender.UNKNOWN;
            default -> Gender.UNKNOWN;
        };
    }

    private static GenderLexicon load(String lang) {
        Map<String, Word> words = new HashMap<>();
        Tsv.forEachRow(GenderLexicon.class, "gender-words-" + lang + ".tsv", 3, Tsv.Cells.STRIPPED,
                f -> words.put(f[0].toLowerCase(Locale.ROOT), new Word(Gender.of(f[1]), Use.of(f[2]))));
        Map<String, Gender> names = new HashMap<>();
        Tsv.forEachRow(GenderLexicon.class, FIRST_NAMES, 2, Tsv.Cells.STRIPPED,
                f -> names.put(f[0].toLowerCase(Locale.ROOT), Gender.of(f[1])));
        return new GenderLexicon(words, names);
    }
}
