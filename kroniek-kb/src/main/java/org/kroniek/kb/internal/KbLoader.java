package org.kroniek.kb.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.kroniek.kb.DemonymForms;
import org.kroniek.kb.EntityIds;
import org.kroniek.kb.EntryKind;
import org.kroniek.kb.KbEntry;
import org.kroniek.kb.NameKey;
import org.kroniek.kb.StateBody;
import org.kroniek.record.EntityType;
import org.kroniek.text.Tsv;

/** Builds the knowledge base's tables from its resources, once. */
public final class KbLoader {
    private static final Set<String> MAJOR_LANGUAGES = Set.of("en", "nl", "de", "fr", "es", "it", "pt", "pl", "ru", "uk");
    private static final long TAGGED_PLACE_POPULATION = 15_000;
    private static final Set<String> BIG_COUNTRY_REGION_WORDS = Set.of("UA", "RU", "BY", "KZ");
    private static final String[] REGION_SUFFIXES = {" oblast", " region", " province", " krai", " kray", " governorate", " city"};

    /** The loaded tables. */
    public record Data(List<KbEntry> entries, NameIndex folded, NameIndex keyed, Map<String, String> adjectives,
                       Map<String, String> people, Map<String, KbEntry> countries, Map<String, KbEntry> governments,
                       List<StateBody> stateBodies, Set<String> lowerCaseOpeners) {
    }

    private static final class Draft {
        String name;
        final EntityType type;
        final EntryKind kind;
        final String country;
        Long geonames;
        double lat = Double.NaN;
        double lon = Double.NaN;
        long population;
        String feature = "";
        String admin1 = "";
        String standsFor;
        boolean curatedName;
        final Map<String, Integer> names = new LinkedHashMap<>();

        Draft(String name, EntityType type, EntryKind kind, String country) {
            this.name = name;
            this.type = type;
            this.kind = kind;
            this.country = country == null || country.isEmpty() ? null : country;
        }

        void alias(String n, int flags) {
            if (!n.isBlank()) {
                names.merge(n.trim(), flags, (a, b) -> a | b);
            }
        }
    }

    private final List<Draft> drafts = new ArrayList<>();
    private final Set<String> conflictCountries = conflictCountries();
    private final Map<String, Draft> countryDrafts = new HashMap<>();
    private final Map<String, String> countryEnglish = new HashMap<>();
    private final Map<String, Draft> placeByName = new HashMap<>();
    private final Map<String, Draft> placeByKey = new HashMap<>();
    private final Map<String, Draft> regionByName = new HashMap<>();
    private final Map<String, String> adjectives = new HashMap<>();
    private final Map<String, String> people = new HashMap<>();
    private final List<StateBody> stateBodies = new ArrayList<>();

    public static Data load() {
        return new KbLoader().run();
    }

    private Data run() {
        loadCountries();
        loadPlaces();
        loadRegions();
        loadPlaceAliases();
        loadExemplarCities();
        loadOrganisations();
        loadPersons();
        loadDemonyms();
        loadStateBodies();
        return freeze();
    }

    private static Class<?> anchor() {
        return KbEntry.class;
    }

    private void loadCountries() {
        Map<String, double[]> centres = new HashMap<>();
        Tsv.forEachRow(anchor(), "countries.tsv", 4, Tsv.Cells.AS_IS, f -> centres.put(f[0],
                new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])}));
        Tsv.forEachRow(anchor(), "country-centres.tsv", 3, Tsv.Cells.AS_IS, f -> centres.merge(f[0],
                new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2]), 0},
                (places, factbook) -> new double[] {factbook[0], factbook[1], places[2]}));
        Map<String, List<String[]>> rows = new LinkedHashMap<>();
        Tsv.forEachRow(anchor(), "country-names.tsv.gz", 3, Tsv.Cells.AS_IS, f -> rows.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f));
        Map<String, String> canonical = new HashMap<>();
        Tsv.forEachRow(anchor(), "country-names-en.tsv", 2, Tsv.Cells.AS_IS, f -> canonical.put(f[0], f[1]));
        rows.forEach((cc, names) -> {
            String cldr = names.stream().filter(f -> Set.of(f[2].split(",")).contains("en")).map(f -> f[1])
                    .findFirst().orElse(names.get(0)[1]);
            String english = canonical.getOrDefault(cc, cldr.replace(" & ", " and ").replaceAll(" \\(.*\\)$", ""));
            Draft d = new Draft(english, EntityType.LOC, EntryKind.COUNTRY, cc);
            d.curatedName = true;
            double[] c = centres.get(cc);
            if (c != null) {
                d.lat = c[0];
                d.lon = c[1];
                d.population = (long) c[2];
            }
            d.alias(english, NameIndex.CURATED | NameIndex.TAGGABLE);
            for (String[] f : names) {
                boolean major = false;
                for (String l : f[2].split(",")) {
                    major |= MAJOR_LANGUAGES.contains(l);
                }
                d.alias(f[1], major ? NameIndex.CURATED | NameIndex.TAGGABLE : 0);
            }
            drafts.add(d);
            countryDrafts.put(cc, d);
            countryEnglish.put(cc, english);
            Draft gov = new Draft("Government of " + withArticle(english), EntityType.ORG, EntryKind.GOVERNMENT, cc);
            gov.curatedName = true;
            drafts.add(gov);
        });
    }

    /** "the United Kingdom", "the Netherlands": English country names that take the article after "of". */
    public static String withArticle(String countryName) {
        boolean article = countryName.startsWith("United ") || countryName.endsWith(" Republic")
                || countryName.endsWith("s") && !countryName.endsWith("us") && !countryName.equals("Laos")
                || countryName.startsWith("Czech");
        return article ? "the " + countryName : countryName;
    }

    private void loadPlaces() {
        Tsv.forEachRow(anchor(), "places.tsv.gz", 8, Tsv.Cells.AS_IS, f -> {
            Draft d = new Draft(f[1], EntityType.LOC, EntryKind.CITY, f[2]);
            d.geonames = f[0].isEmpty() ? null : Long.valueOf(f[0]);
            d.admin1 = f[3];
            d.feature = f[4];
            d.population = Long.parseLong(f[5]);
            d.lat = Double.parseDouble(f[6]);
            d.lon = Double.parseDouble(f[7]);
            d.alias(f[1], isTaggablePlace(d) ? NameIndex.TAGGABLE : 0);
            drafts.add(d);
            // places.tsv is sorted by population within a country: the first of a name is the largest.
            placeByName.putIfAbsent(f[2] + "|" + NameKey.fold(f[1]), d);
            placeByKey.putIfAbsent(f[2] + "|" + NameKey.key(f[1]), d);
        });
    }

    private static Set<String> conflictCountries() {
        return Set.copyOf(Tsv.lines(anchor(), "conflict-countries.txt"));
    }

    /**
     * Small places outside the conflict countries ("Vries", "Heel", "Baal" in the Netherlands) are
     * too often words or surnames to be tagged in text; they only geocode names the NER found.
     */
    private boolean isTaggablePlace(Draft d) {
        return d.population >= TAGGED_PLACE_POPULATION || conflictCountries.contains(d.country)
                || "PPLC".equals(d.feature) || "PPLA".equals(d.feature);
    }

    private void loadRegions() {
        Tsv.forEachRow(anchor(), "regions.tsv.gz", 6, Tsv.Cells.AS_IS, f -> {
            String cc = f[0];
            String base = stripRegionWord(f[2]);
            String name = f[2];
            if (name.equals(base) && placeByName.containsKey(cc + "|" + NameKey.fold(base))) {
                name = base + (BIG_COUNTRY_REGION_WORDS.contains(cc) ? " Oblast" : " region");
            }
            Draft d = new Draft(name, EntityType.LOC, EntryKind.REGION, cc);
            d.admin1 = f[1];
            d.lat = Double.parseDouble(f[3]);
            d.lon = Double.parseDouble(f[4]);
            d.population = Long.parseLong(f[5]);
            int flags = NameIndex.TAGGABLE;
            d.alias(f[2], flags);
            d.alias(name, flags);
            d.alias(base, flags);
            d.alias(base + " region", flags);
            d.alias("regio " + base, flags);
            d.alias("provincie " + base, flags);
            if (BIG_COUNTRY_REGION_WORDS.contains(cc)) {
                d.alias(base + " Oblast", flags);
                d.alias("oblast " + base, flags);
                d.alias("Gebiet " + base, flags);
            }
            drafts.add(d);
            regionByName.putIfAbsent(cc + "|" + NameKey.fold(name), d);
            regionByName.putIfAbsent(cc + "|" + NameKey.fold(f[2]), d);
            regionByName.putIfAbsent(cc + "|" + NameKey.fold(base), d);
        });
    }

    private static String stripRegionWord(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String s : REGION_SUFFIXES) {
            if (lower.endsWith(s) && lower.length() > s.length()) {
                return name.substring(0, name.length() - s.length());
            }
        }
        return name;
    }

    private void loadPlaceAliases() {
        int flags = NameIndex.CURATED | NameIndex.TAGGABLE;
        Tsv.forEachRow(anchor(), "place-aliases.tsv", 7, Tsv.Cells.AS_IS, f -> {
            String name = f[0];
            String cc = f[1];
            EntryKind kind = EntryKind.of(f[2]);
            String[] aliases = f[3].isEmpty() ? new String[0] : f[3].split("\\|");
            Draft d = switch (kind) {
                case COUNTRY -> countryDrafts.get(cc);
                case CITY -> f[4].isEmpty() ? findPlace(cc, name, aliases) : null;
                case REGION -> f[4].isEmpty() ? findRegion(cc, name) : null;
                default -> null;
            };
            if (d == null && f[4].isEmpty()) {
                throw new IllegalStateException("place-aliases.tsv: no " + kind.label() + " '" + name + "' in " + cc
                        + " to attach aliases to; give lat and lon");
            }
            if (d == null) {
                d = new Draft(name, EntityType.LOC, kind, cc);
                d.lat = Double.parseDouble(f[4]);
                d.lon = Double.parseDouble(f[5]);
                d.geonames = f.length > 6 && !f[6].isEmpty() ? Long.valueOf(f[6]) : null;
                drafts.add(d);
            }
            if (kind != EntryKind.COUNTRY) {
                d.name = name;
            }
            d.curatedName = true;
            d.alias(name, flags);
            for (String a : aliases) {
                d.alias(a, flags);
            }
        });
    }

    private Draft findPlace(String cc, String name, String[] aliases) {
        Draft best = null;
        List<String> names = new ArrayList<>(List.of(aliases));
        names.add(0, name);
        for (String n : names) {
            for (Draft d : new Draft[] {placeByName.get(cc + "|" + NameKey.fold(n)), placeByKey.get(cc + "|" + NameKey.key(n))}) {
                if (d != null && (best == null || d.population > best.population)) {
                    best = d;
                }
            }
        }
        return best;
    }

    private Draft findRegion(String cc, String name) {
        Draft d = regionByName.get(cc + "|" + NameKey.fold(name));
        return d != null ? d : regionByName.get(cc + "|" + NameKey.fold(stripRegionWord(name)));
    }

    private void loadExemplarCities() {
        Tsv.forEachRow(anchor(), "exemplar-cities.tsv.gz", 4, Tsv.Cells.AS_IS, f -> {
            Draft d = placeByName.get(f[0] + "|" + NameKey.fold(f[1]));
            if (d != null) {
                d.alias(f[3], NameIndex.CURATED | NameIndex.TAGGABLE);
            }
        });
    }

    private void loadOrganisations() {
        Tsv.forEachRow(anchor(), "organisations.tsv", 5, Tsv.Cells.AS_IS, f -> {
            Draft d = new Draft(f[0], EntityType.valueOf(f[1]), EntryKind.of(f[2]), f[3]);
            d.curatedName = true;
            if (f.length > 5 && "government".equals(f[5].trim())) {
                d.standsFor = EntityIds.of(EntityType.ORG, "Government of " + withArticle(countryEnglish.get(f[3])));
            }
            addCurated(d, f[4]);
        });
    }

    private void loadPersons() {
        Tsv.forEachRow(anchor(), "persons.tsv", 4, Tsv.Cells.AS_IS, f -> {
            Draft d = new Draft(f[0], EntityType.PER, EntryKind.of(f[2]), f[1]);
            d.curatedName = true;
            addCurated(d, f[3]);
        });
    }

    private void addCurated(Draft d, String aliases) {
        int flags = NameIndex.CURATED | NameIndex.TAGGABLE;
        d.alias(d.name, flags);
        for (String a : aliases.split("\\|")) {
            d.alias(a, flags);
        }
        drafts.add(d);
    }

    private void loadDemonyms() {
        Map<String, List<String[]>> byCountry = new LinkedHashMap<>();
        Tsv.forEachRow(anchor(), "demonyms.tsv", 4, Tsv.Cells.AS_IS, f -> byCountry.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f));
        int flags = NameIndex.CURATED | NameIndex.TAGGABLE;
        byCountry.forEach((cc, rows) -> {
            String[] en = rows.stream().filter(r -> "en".equals(r[1])).findFirst()
                    .orElseThrow(() -> new IllegalStateException("demonyms.tsv: no English line for " + cc));
            String enAdjective = en[2].split(",")[0];
            String enPeople = List.of(en[3].split(",")).stream().filter(s -> s.endsWith("s")).findFirst()
                    .orElse(en[3].split(",")[0]);
            Draft adj = new Draft(enAdjective, EntityType.MISC, EntryKind.DEMONYM, cc);
            Draft ppl = new Draft(enPeople, EntityType.MISC, EntryKind.DEMONYM, cc);
            adj.curatedName = true;
            ppl.curatedName = true;
            for (String[] r : rows) {
                for (String base : r[2].split(",")) {
                    for (String form : DemonymForms.of(base.trim(), r[1])) {
                        adj.alias(form, flags);
                        adjectives.putIfAbsent(NameKey.fold(form), cc);
                    }
                }
                for (String noun : r[3].split(",")) {
                    ppl.alias(noun.trim(), flags);
                    people.putIfAbsent(NameKey.fold(noun), cc);
                }
            }
            drafts.add(adj);
            if (!NameKey.fold(enPeople).equals(NameKey.fold(enAdjective))) {
                drafts.add(ppl);
            } else {
                ppl.names.keySet().forEach(n -> adj.alias(n, flags));
            }
        });
    }

    private void loadStateBodies() {
        Tsv.forEachRow(anchor(), "state-bodies.tsv", 4, Tsv.Cells.AS_IS, f -> stateBodies.add(new StateBody(f[0], f[1], f[2], EntryKind.of(f[3]),
                f.length < 5 || !"lookup".equals(f[4].trim()))));
        stateBodies.sort(Comparator.comparingInt((StateBody b) -> b.head().length()).reversed());
    }

    private static NameIndex index(String[] keys, List<Integer> postings) {
        NameIndex.Builder b = new NameIndex.Builder();
        for (int i = 0; i < keys.length; i++) {
            int p = postings.get(i);
            b.add(keys[i], p >>> 2, p & 3);
        }
        return b.build();
    }

    private Data freeze() {
        Map<String, List<Draft>> byId = new HashMap<>();
        for (Draft d : drafts) {
            byId.computeIfAbsent(EntityIds.of(d.type, d.name), k -> new ArrayList<>()).add(d);
        }
        Map<Draft, String> ids = new HashMap<>();
        byId.forEach((id, group) -> {
            group.sort(Comparator.comparing((Draft d) -> d.kind != EntryKind.COUNTRY)
                    .thenComparing(d -> !d.curatedName)
                    .thenComparing(d -> -d.population));
            for (int i = 0; i < group.size(); i++) {
                Draft d = group.get(i);
                ids.put(d, i == 0 ? id : id + "-" + (d.country == null ? "xx" : d.country.toLowerCase(Locale.ROOT))
                        + "-" + (d.geonames != null ? d.geonames : d.admin1.isEmpty() ? String.valueOf(i) : "r" + d.admin1));
            }
        });
        List<KbEntry> entries = new ArrayList<>(drafts.size());
        Map<String, KbEntry> countries = new HashMap<>();
        Map<String, KbEntry> governments = new HashMap<>();
        List<String> names = new ArrayList<>();
        List<Integer> postings = new ArrayList<>();
        Set<String> openers = new java.util.HashSet<>();
        for (Draft d : drafts) {
            int n = entries.size();
            KbEntry e = new KbEntry(ids.get(d), d.name, d.type, d.kind, d.country, d.geonames, d.lat, d.lon,
                    d.population, d.feature, d.admin1, d.standsFor);
            entries.add(e);
            if (d.kind == EntryKind.COUNTRY) {
                countries.put(d.country, e);
            } else if (d.kind == EntryKind.GOVERNMENT && d.name.startsWith("Government of ")) {
                governments.putIfAbsent(d.country, e);
            }
            d.alias(d.name, d.curatedName ? NameIndex.CURATED : 0);
            d.names.forEach((name, flags) -> {
                names.add(name);
                postings.add(n << 2 | flags);
                int space = name.indexOf(' ');
                if (space > 0 && Character.isLowerCase(name.codePointAt(0)) && (flags & NameIndex.TAGGABLE) != 0) {
                    openers.add(NameKey.fold(name.substring(0, space)));
                }
            });
        }
        // Folding is most of the load time: do it on all cores, then build both indexes at once.
        String[] folds = new String[names.size()];
        String[] keys = new String[names.size()];
        IntStream.range(0, folds.length).parallel().forEach(i -> {
            folds[i] = NameKey.fold(names.get(i));
            // Names kept only for exact lookup (country names in minor languages) get no transliteration key.
            keys[i] = (postings.get(i) & 3) == 0 ? "" : NameKey.keyOfFolded(folds[i]);
        });
        CompletableFuture<NameIndex> folded = CompletableFuture.supplyAsync(() -> index(folds, postings));
        NameIndex keyed = index(keys, postings);
        return new Data(List.copyOf(entries), folded.join(), keyed, Map.copyOf(adjectives),
                Map.copyOf(people), Map.copyOf(countries), Map.copyOf(governments), List.copyOf(stateBodies),
                Set.copyOf(openers));
    }
}
