package org.kroniek.kb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kroniek.kb.internal.KbLoader;
import org.kroniek.kb.internal.NameIndex;
import org.kroniek.record.EntityType;

/**
 * What Kroniek knows about names: countries (names in every CLDR language), GeoNames cities and
 * first-level regions, exonyms, organisations, well-known persons, demonyms and state bodies.
 * Immutable and thread-safe; {@link #standard()} loads it once from the module's resources.
 *
 * <pre>{@code
 * KnowledgeBase kb = KnowledgeBase.standard();
 * kb.lookup("Poetin", "nl").get(0).entry().name();     // "Vladimir Putin"
 * kb.countryOfAdjective("Russische");                  // Optional[RU]
 * kb.governmentOf("RU").name();                        // "Government of Russia"
 * }</pre>
 */
public final class KnowledgeBase {
    private static final String[] ARTICLES = {"de ", "het ", "the ", "die ", "der ", "das ", "le ", "la ", "les ", "l "};
    private static final String[] OF = {"van ", "of ", "de ", "der ", "des ", "du ", "von "};

    private final List<KbEntry> entries;
    private final NameIndex folded;
    private final NameIndex keyed;
    private final Map<String, KbEntry> byId;
    private final KbLoader.Data data;
    private final String[] foldedHeads;

    private KnowledgeBase(KbLoader.Data data) {
        this.data = data;
        this.entries = data.entries();
        this.folded = data.folded();
        this.keyed = data.keyed();
        Map<String, KbEntry> ids = new HashMap<>(entries.size() * 2);
        for (KbEntry e : entries) {
            ids.putIfAbsent(e.id(), e);
        }
        this.byId = ids;
        this.foldedHeads = data.stateBodies().stream().map(b -> NameKey.fold(b.head())).toArray(String[]::new);
    }

    private static final class Holder {
        static final KnowledgeBase STANDARD = new KnowledgeBase(KbLoader.load());
    }

    /** The knowledge base of the bundled resources, loaded on first use. */
    public static KnowledgeBase standard() {
        return Holder.STANDARD;
    }

    /**
     * The entries a surface form may name, best first (exact before transliteration matches, curated
     * before bulk data, countries first and regions last, then by population; {@link Geocoder}
     * chooses among places with the document as context). State-body phrases ("Russische ministerie van Defensie",
     * "Ukrainian authorities") resolve to their country's body.
     *
     * @param surface the name as written
     * @param lang the text's language code (a hint; every language's names are searched)
     * @return candidates, possibly empty
     */
    public List<Candidate> lookup(String surface, String lang) {
        Objects.requireNonNull(surface, "surface");
        String f = NameKey.fold(surface);
        List<Candidate> out = candidates(f, NameKey.key(surface));
        if (out.isEmpty()) {
            String bare = stripArticle(f);
            if (!bare.equals(f)) {
                out = candidates(bare, NameKey.key(bare));
            }
        }
        if (out.isEmpty()) {
            Optional<KbEntry> body = stateBody(f);
            if (body.isPresent()) {
                return List.of(new Candidate(body.get(), true, true));
            }
        }
        return out;
    }

    /** Whether some name opens with this lower-case word ("oblast", "oosten"); for taggers. */
    boolean opensName(String foldedWord) {
        return data.lowerCaseOpeners().contains(foldedWord);
    }

    /** Whether a longer name could start with this folded form and key; for taggers growing spans. */
    boolean mayExtend(String foldedForm, String key) {
        return folded.hasPrefix(foldedForm + " ") || keyed.hasPrefix(key + " ");
    }

    private List<Candidate> candidates(String f, String k) {
        Map<Integer, Candidate> found = new LinkedHashMap<>();
        for (int p : folded.get(f)) {
            int flags = NameIndex.flags(p);
            found.put(NameIndex.entry(p), new Candidate(entries.get(NameIndex.entry(p)), true,
                    (flags & NameIndex.CURATED) != 0));
        }
        for (int p : keyed.get(k)) {
            int flags = NameIndex.flags(p);
            found.putIfAbsent(NameIndex.entry(p), new Candidate(entries.get(NameIndex.entry(p)), false,
                    (flags & NameIndex.CURATED) != 0));
        }
        List<Candidate> out = new ArrayList<>(found.values());
        out.sort(Comparator.comparing((Candidate c) -> !c.exact()).thenComparing(c -> !c.curated())
                .thenComparing(c -> c.entry().kind() != EntryKind.COUNTRY)
                .thenComparing(c -> c.entry().kind() == EntryKind.REGION)
                .thenComparing(c -> -c.entry().population()));
        return out;
    }

    /** Like {@link #lookup} but only names fit for finding in running text (no minor-language CLDR names). */
    List<Candidate> lookupTaggable(String foldedForm, String key) {
        Map<Integer, Candidate> found = new LinkedHashMap<>();
        for (int p : folded.get(foldedForm)) {
            int flags = NameIndex.flags(p);
            if ((flags & NameIndex.TAGGABLE) != 0) {
                found.put(NameIndex.entry(p), new Candidate(entries.get(NameIndex.entry(p)), true, (flags & NameIndex.CURATED) != 0));
            }
        }
        for (int p : keyed.get(key)) {
            int flags = NameIndex.flags(p);
            if ((flags & NameIndex.TAGGABLE) != 0) {
                found.putIfAbsent(NameIndex.entry(p), new Candidate(entries.get(NameIndex.entry(p)), false, (flags & NameIndex.CURATED) != 0));
            }
        }
        return new ArrayList<>(found.values());
    }

    private static String stripArticle(String f) {
        for (String a : ARTICLES) {
            if (f.startsWith(a)) {
                return f.substring(a.length());
            }
        }
        return f;
    }

    /**
     * The state body a phrase names: a country adjective and a head ("Russian Ministry of Defence",
     * "Oekraïense autoriteiten"), or a head and a country ("ministerie van Defensie van Rusland").
     *
     * @param surface the phrase
     * @return the body, or empty when the phrase is not one or names no country
     */
    public Optional<KbEntry> stateBody(String surface) {
        String f = stripArticle(NameKey.fold(surface));
        for (int i = 0; i < foldedHeads.length; i++) {
            StateBody b = data.stateBodies().get(i);
            String h = foldedHeads[i];
            if (!f.contains(h)) {
                continue;
            }
            String cc = null;
            if (f.endsWith(" " + h)) {
                String before = stripArticle(f.substring(0, f.length() - h.length() - 1));
                cc = data.adjectives().get(before);
                if (cc == null && before.endsWith(" s")) {
                    cc = countryOfName(before.substring(0, before.length() - 2));
                }
            } else if (f.startsWith(h + " ")) {
                String after = f.substring(h.length() + 1);
                for (String of : OF) {
                    if (after.startsWith(of)) {
                        cc = countryOfName(stripArticle(after.substring(of.length())));
                        break;
                    }
                }
            }
            if (cc != null) {
                return Optional.of(bodyOf(b, cc));
            }
        }
        return Optional.empty();
    }

    private KbEntry bodyOf(StateBody b, String cc) {
        String name = b.nameFor(countryName(cc));
        KbEntry curated = byId.get(EntityIds.of(EntityType.ORG, name));
        if (curated != null) {
            return curated;
        }
        return new KbEntry(EntityIds.of(EntityType.ORG, name), name, EntityType.ORG,
                b.kind(), cc, null, Double.NaN, Double.NaN, 0, "", "", null);
    }

    private String countryOfName(String foldedName) {
        for (int p : folded.get(foldedName)) {
            KbEntry e = entries.get(NameIndex.entry(p));
            if (e.kind() == EntryKind.COUNTRY) {
                return e.country();
            }
        }
        return null;
    }

    /** The state-body heads, longest first; for taggers. */
    public List<StateBody> stateBodies() {
        return data.stateBodies();
    }

    /**
     * @param adjective a country adjective in Dutch, English, German or French, inflected or not
     *                  ("Russische", "Amerikaanse", "French")
     * @return the country's ISO code
     */
    public Optional<String> countryOfAdjective(String adjective) {
        return Optional.ofNullable(data.adjectives().get(NameKey.fold(adjective)));
    }

    /**
     * @param demonym a word for a country's people ("Russen", "Oekraïners", "Americans")
     * @return the country's ISO code
     */
    public Optional<String> countryOfDemonym(String demonym) {
        return Optional.ofNullable(data.people().get(NameKey.fold(demonym)));
    }

    /** The country entry of an ISO code. */
    public Optional<KbEntry> country(String isoCode) {
        return Optional.ofNullable(data.countries().get(isoCode));
    }

    /** The English name of a country ("RU" to "Russia"), or the code itself when unknown. */
    public String countryName(String isoCode) {
        KbEntry c = data.countries().get(isoCode);
        return c == null ? isoCode : c.name();
    }

    /**
     * The government of a country, for metonymy ("the Kremlin", "Kyiv" speaking for a government).
     *
     * @throws IllegalArgumentException for an unknown country code
     */
    public KbEntry governmentOf(String isoCode) {
        KbEntry g = data.governments().get(isoCode);
        if (g == null) {
            throw new IllegalArgumentException("no such country: '" + isoCode + "'");
        }
        return g;
    }

    /** The entry with this id (curated and GeoNames entries; state bodies are built by {@link #stateBody}). */
    public Optional<KbEntry> entry(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Number of entries, for reports. */
    public int size() {
        return entries.size();
    }

    /** Number of distinct exact and transliteration keys, for reports. */
    public int keyCount() {
        return folded.size() + keyed.size();
    }
}
