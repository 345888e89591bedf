package org.kroniek.extract.claims;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.kroniek.pipeline.Document;
import org.kroniek.pipeline.Layers;
import org.kroniek.pipeline.Mention;
import org.kroniek.record.EntityType;
import org.kroniek.record.Span;
import org.kroniek.text.SentenceSplitter;

/**
 * Derives the first-name lexicon ({@code first-names.tsv}) from text: for each person the NER found
 * (a PER mention of two or more words), the {@link GenderEvidence} of the document (titles, role
 * nouns, the pronoun that follows the person when no one else is named) decides whether it is male
 * or female, and its first word gets one vote per document; a surname that goes with two first names
 * in one document ("Bill Clinton", "Hillary Clinton") gives no vote. A name enters the lexicon with at least
 * {@code minVotes} votes of which at least {@code minShare} agree. Feed documents that went through
 * sentences, tokens and mentions; not thread-safe.
 *
 * <pre>{@code
 * FirstNameCounter counter = new FirstNameCounter();
 * documents.forEach(counter::add);
 * counter.write(out, 3, 0.8);
 * }</pre>
 */
public final class FirstNameCounter {
    private final Map<String, int[]> votes = new TreeMap<>();
    private int documents;

    /** Adds the votes of one document. */
    public void add(Document doc) {
        documents++;
        String text = doc.text();
        ClaimLexicon lex = ClaimLexicon.forLanguage(LanguageGuess.of(doc));
        GenderLexicon genders = GenderLexicon.forLanguage(lex.language());
        List<Span> sentences = doc.get(Layers.SENTENCES)
                .orElseGet(() -> SentenceSplitter.standard().split(text, doc.article().paragraphs()));
        List<List<Tok>> tokens = new ArrayList<>();
        for (Span s : sentences) {
            tokens.add(SentenceTokens.of(text, s, doc.list(Layers.TOKENS)));
        }
        List<PersonMention> persons = new ArrayList<>();
        Map<String, String> firstNames = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Mention m : doc.list(Layers.MENTIONS)) {
            if (m.type() == EntityType.PER) {
                PersonMention p = new PersonMention(m.start(), m.end(), m.text(), null, null, null);
                persons.add(p);
                String[] words = m.text().strip().split("\\s+");
                if (words.length >= 2 && plausibleFirstName(words[0], lex, genders)) {
                    String known = firstNames.putIfAbsent(surname(p), words[0]);
                    if (known != null && !known.equals(words[0])) {
                        ambiguous.add(surname(p));
                    }
                }
            }
        }
        persons.sort((a, b) -> Integer.compare(a.start(), b.start()));
        Map<String, int[]> byPerson = new HashMap<>();
        for (GenderEvidence.Vote v : new GenderEvidence(lex, genders, QuoteFinder.find(text, doc.article().paragraphs())).votes(tokens, persons, FirstNameCounter::surname)) {
            byPerson.computeIfAbsent(surname(v.person()), k -> new int[2])[v.gender() == Gender.MALE ? 0 : 1] += v.weight();
        }
        ambiguous.forEach(firstNames::remove);
        byPerson.forEach((person, v) -> {
            String first = firstNames.get(person);
            if (first != null && v[0] != v[1]) {
                votes.computeIfAbsent(first.toLowerCase(Locale.ROOT), k -> new int[2])[v[0] > v[1] ? 0 : 1]++;
            }
        });
    }

    /** How many documents were added. */
    public int documents() {
        return documents;
    }

    /** The names with at least {@code minVotes} votes of which at least {@code minShare} agree, with their votes. */
    public List<String> lexicon(int minVotes, double minShare) {
        List<String> out = new ArrayList<>();
        votes.forEach((name, v) -> {
            int n = v[0] + v[1];
            if (n >= minVotes && Math.max(v[0], v[1]) >= minShare * n) {
                out.add(name + "\t" + (v[0] > v[1] ? "m" : "f") + "\t" + v[0] + "\t" + v[1]);
            }
        });
        return out;
    }

    /** Writes {@link #lexicon} as {@code first-names.tsv}, with a header saying how it was made. */
    public void write(Writer out, int minVotes, double minShare, String command) throws IOException {
        List<String> rows = lexicon(minVotes, minShare);
        out.write("# First names and the gender of the persons they name, derived from data, not written by hand.\n");
        out.write("# " + documents + " documents, " + votes.size() + " names with votes, " + rows.size()
                + " kept (at least " + minVotes + " votes, " + Math.round(minShare * 100) + "% agreeing).\n");
        out.write("# Regenerate: " + command + "\n");
        out.write("#   name\tgender (m/f)\tmale votes\tfemale votes (one vote per person and document)\n");
        for (String r : rows) {
            out.write(r + "\n");
        }
    }

    /** The person a mention names within one document: its last word, or its whole text when that is an initial ("S."). */
    private static String surname(PersonMention p) {
        String[] words = p.text().strip().split("\\s+");
        String last = words[words.length - 1];
        if (last.length() <= 2 || last.endsWith(".")) {
            return p.text().strip();
        }
        return last.endsWith("s") && last.length() > 3 ? last.substring(0, last.length() - 1) : last;
    }

    private static boolean plausibleFirstName(String w, ClaimLexicon lex, GenderLexicon genders) {
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || w.equals(w.toUpperCase(Locale.ROOT))
                || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
            return false;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        if (genders.word(lower) != null || lex.country(w) != null || lex.is(lower, "determiner") || lex.is(lower, "preposition")) {
            return false;
        }
        for (ClaimLexicon.SpeakerWord s : lex.speakers()) {
            if (s.words().size() == 1 && s.words().get(0).equalsIgnoreCase(w)) {
                return false;
            }
        }
        for (String suffix : lex.personRoleSuffixes()) {
            if (lower.endsWith(suffix)) {
                return false;
            }
        }
        return true;
    }
}
