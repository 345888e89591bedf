package org.kroniek.extract.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kroniek.record.ClaimStatus;
import org.kroniek.record.SpeakerKind;
import org.kroniek.text.Tsv;

/**
 * The claim lexicons of one language, read from the readable resource files beside this class:
 * {@code cues-LANG.tsv}, {@code speakers-LANG.tsv}, {@code grammar-LANG.tsv} and the shared
 * {@code countries.tsv}. Immutable, loaded once per language and shared between threads.
 */
public final class ClaimLexicon {
    private static final Map<String, ClaimLexicon> CACHE = new ConcurrentHashMap<>();

    /** A speaker word: its kind and, for names of capitals and states, its country. */
    public record SpeakerWord(List<String> words, SpeakerKind kind, String country, boolean caseSensitive) {
    }

    private final String language;
    private final List<Cue> cues;
    private final List<SpeakerWord> speakers;
    private final Map<String, String> countries;
    private final Map<String, Set<String>> grammar;
    private final List<String> personRoleSuffixes;
    private final Map<String, Integer> singleWordSpeakers;
    private final Map<String, List<Cue>> cuesByFirstWord;

    private ClaimLexicon(String language, List<Cue> cues, List<SpeakerWord> speakers, Map<String, String> countries,
                         Map<String, Set<String>> grammar) {
        this.language = language;
        this.cues = List.copyOf(cues);
        this.speakers = List.copyOf(speakers);
        this.countries = Map.copyOf(countries);
        this.grammar = Map.copyOf(grammar);
        this.personRoleSuffixes = this.grammar.entrySet().stream().filter(e -> e.getValue().contains("person-role-suffix"))
                .map(Map.Entry::getKey).toList();
        Map<String, Integer> single = new HashMap<>();
        for (int i = 0; i < this.speakers.size(); i++) {
            SpeakerWord w = this.speakers.get(i);
            if (!w.caseSensitive() && w.words().size() == 1) {
                single.putIfAbsent(w.words().get(0), i);
            }
        }
        this.singleWordSpeakers = Map.copyOf(single);
        Map<String, List<Cue>> byFirst = new HashMap<>();
        for (Cue c : this.cues) {
            byFirst.computeIfAbsent(c.words().get(0), k -> new ArrayList<>()).add(c);
        }
        byFirst.replaceAll((k, v) -> List.copyOf(v));
        this.cuesByFirstWord = Map.copyOf(byFirst);
    }

    /** The lexicon for {@code nl} or {@code en}; any other language gets the Dutch one. */
    public static ClaimLexicon forLanguage(String language) {
        String lang = "en".equals(language) ? "en" : "nl";
        return CACHE.computeIfAbsent(lang, ClaimLexicon::load);
    }

    public String language() {
        return language;
    }

    /** Cues, longest first, so that a matcher trying them in order prefers "naar verluidt" over a single word. */
    public List<Cue> cues() {
        return cues;
    }

    /** The cues whose first word is {@code lowerWord}, in {@link #cues()} order (longest first). */
    public List<Cue> cuesStartingWith(String lowerWord) {
        return cuesByFirstWord.getOrDefault(lowerWord, List.of());
    }

    public List<SpeakerWord> speakers() {
        return speakers;
    }

    /** The ISO country code a word (adjective, demonym) points to, or null. Case-sensitive. */
    public String country(String word) {
        return countries.get(word);
    }

    /** Endings of words that name a person's role ("-woordvoerder", "-leider", "Kamerlid"). */
    public List<String> personRoleSuffixes() {
        return personRoleSuffixes;
    }

    /**
     * The first one-word, lowercase speaker word (in {@link #speakers()} order) that equals
     * {@code lowerWord}, or, when at least {@code minCompoundHead} letters long, ends it
     * ("persbureau" in "staatspersbureau"); null when there is none.
     */
    public SpeakerWord singleWordSpeakerEnding(String lowerWord, int minCompoundHead) {
        int best = Integer.MAX_VALUE;
        int n = lowerWord.length();
        for (int k = 0; k < n; k++) {
            if (k > 0 && n - k < minCompoundHead) {
                break;
            }
            Integer at = singleWordSpeakers.get(k == 0 ? lowerWord : lowerWord.substring(k));
            if (at != null && at < best) {
                best = at;
            }
        }
        return best == Integer.MAX_VALUE ? null : speakers.get(best);
    }

    /** The first one-word, lowercase speaker word (in {@link #speakers()} order) equal to {@code lowerWord}, or null. */
    public SpeakerWord singleWordSpeaker(String lowerWord) {
        Integer at = singleWordSpeakers.get(lowerWord);
        return at == null ? null : speakers.get(at);
    }

    /** Whether a lowercase word belongs to a grammar class of {@code grammar-LANG.tsv}. */
    public boolean is(String lowerWord, String grammarClass) {
        Set<String> classes = grammar.get(lowerWord);
        return classes != null && classes.contains(grammarClass);
    }

    private static ClaimLexicon load(String lang) {
        List<Cue> cues = new ArrayList<>();
        for (String[] f : rows("cues-" + lang + ".tsv", 4)) {
            Set<ClaimStatus> status = EnumSet.noneOf(ClaimStatus.class);
            if (!f[3].isBlank() && !"-".equals(f[3].strip())) {
                for (String s : f[3].split(",")) {
                    status.add(ClaimStatus.of(s.strip()));
                }
            }
            Set<String> needs = new HashSet<>();
            if (f.length > 4 && !f[4].isBlank()) {
                for (String s : f[4].split(",")) {
                    needs.add(s.strip().toLowerCase(Locale.ROOT));
                }
            }
            for (String form : f[1].split(",")) {
                List<String> words = Arrays.asList(form.strip().toLowerCase(Locale.ROOT).split("\\s+"));
                cues.add(new Cue(f[0].strip(), words, CueFamily.of(f[2]), status, needs));
            }
        }
        cues.sort(Comparator.comparingInt((Cue c) -> -c.words().size()));
        List<SpeakerWord> speakers = new ArrayList<>();
        for (String[] f : rows("speakers-" + lang + ".tsv", 2)) {
            String form = f[0].strip();
            boolean cased = !form.equals(form.toLowerCase(Locale.ROOT));
            String country = f.length > 2 && !f[2].isBlank() ? f[2].strip() : null;
            speakers.add(new SpeakerWord(Arrays.asList(form.split("\\s+")), SpeakerKind.of(f[1].strip()), country, cased));
        }
        speakers.sort(Comparator.comparingInt((SpeakerWord s) -> -s.words().size()));
        Map<String, String> countries = new HashMap<>();
        for (String[] f : rows("countries.tsv", 2)) {
            countries.put(f[0].strip(), f[1].strip());
        }
        Map<String, Set<String>> grammar = new HashMap<>();
        for (String[] f : rows("grammar-" + lang + ".tsv", 2)) {
            grammar.computeIfAbsent(f[0].strip().toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(f[1].strip());
        }
        grammar.replaceAll((k, v) -> Set.copyOf(v));
        return new ClaimLexicon(lang, cues, speakers, countries, grammar);
    }

    private static List<String[]> rows(String resource, int minFields) {
        return Tsv.rows(ClaimLexicon.class, resource, minFields, Tsv.Cells.AS_IS);
    }
}
