package org.kroniek.kb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kroniek.pipeline.Document;
import org.kroniek.pipeline.Layers;
import org.kroniek.pipeline.Mention;
import org.kroniek.pipeline.Stage;
import org.kroniek.record.Entity;
import org.kroniek.record.EntityType;
import org.kroniek.record.TextSpan;

/**
 * Turns {@link Layers#MENTIONS} into {@link Layers#ENTITIES}: merges model and gazetteer
 * mentions (longer spans first; on equal spans the gazetteer's knowledge wins), resolves names
 * against the {@link KnowledgeBase} (canonical English names, countries, kinds), joins
 * co-referring mentions ("Vladimir Poetin" ... "Poetin"), geocodes places with the document as
 * context, and records metonymy ("het Kremlin", "beweert Kyiv" stand for a government) in
 * {@link KbLayers#FACTS}. Thread-safe.
 */
public final class EntityStage implements Stage {
    private static final int ADJECTIVE_REACH = 40;
    private static final long SMALL_TOWN = 100_000;
    private static final java.util.regex.Pattern PUNCTUATION_GAP = java.util.regex.Pattern.compile("[.,;:]\\s+");
    private static final java.util.regex.Pattern TITLE_GAP = java.util.regex.Pattern.compile("(?:\\s+[\\p{L}-]+){0,3}\\s+");

    private final KnowledgeBase kb;
    private final Geocoder geocoder;
    private final Metonymy metonymy;
    private final LocalAuthorities localAuthorities = new LocalAuthorities();
    private final Set<String> stopwords = org.kroniek.kb.internal.WordList.read("stopwords.txt");
    private final Set<String> leadingWords = org.kroniek.kb.internal.WordList.read("leading-words.txt");

    public EntityStage(KnowledgeBase kb, Geocoder geocoder, Metonymy metonymy) {
        this.kb = kb;
        this.geocoder = geocoder;
        this.metonymy = metonymy;
    }

    /** The standard stage over {@link KnowledgeBase#standard()}. */
    public static EntityStage standard() {
        KnowledgeBase kb = KnowledgeBase.standard();
        return new EntityStage(kb, new Geocoder(kb, new GazetteerTagger(kb)), new Metonymy());
    }

    @Override
    public String name() {
        return "entities";
    }

    private static final class Cluster {
        EntityType type;
        KbEntry entry;
        List<Candidate> candidates = List.of();
        final List<Mention> mentions = new ArrayList<>();
        String country;

        Cluster(EntityType type) {
            this.type = type;
        }

        int first() {
            return mentions.get(0).start();
        }
    }

    @Override
    public void process(Document doc) {
        String text = doc.text();
        String lang = doc.language();
        List<Mention> all = doc.list(Layers.MENTIONS);
        List<Mention> gazetteer = all.stream().filter(m -> GazetteerTagger.ORIGIN.equals(m.origin()))
                .sorted(Comparator.comparingInt(Mention::start)).toList();
        List<Mention> cleaned = new ArrayList<>(gazetteer);
        for (Mention m : all) {
            if (!GazetteerTagger.ORIGIN.equals(m.origin())) {
                for (Mention part : splitRunTogether(m, gazetteer)) {
                    cleaned.addAll(cleanModelMention(part, lang));
                }
            }
        }
        List<Mention> mentions = merge(cleaned);
        List<Cluster> clusters = cluster(mentions, lang);
        Geocoder.Context context = geocode(clusters, lang);
        clusters = joinSameEntry(clusters);
        clusters.removeIf(c -> implausiblePlace(c, context));
        clusters.addAll(localAuthorities(clusters, text));
        clusters.sort(Comparator.comparingInt(Cluster::first));
        assignCountries(clusters, mentions, text);
        Map<String, String> kinds = new LinkedHashMap<>();
        Map<String, String> standsFor = new LinkedHashMap<>();
        List<Entity> entities = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Cluster c : clusters) {
            Entity e = toEntity(c);
            if (!ids.add(e.id())) {
                continue;
            }
            entities.add(e);
            if (c.entry != null) {
                kinds.put(e.id(), c.entry.kind().label());
            } else if (c.type == EntityType.PER) {
                kinds.put(e.id(), EntryKind.PERSON.label());
            }
            governmentStoodFor(c, text).ifPresent(g -> standsFor.put(e.id(), g.id()));
        }
        for (String govId : new LinkedHashSet<>(standsFor.values())) {
            if (ids.add(govId)) {
                kb.entry(govId).ifPresent(g -> {
                    entities.add(new Entity(g.id(), g.name(), g.type(), List.of(), List.of(), g.country(), null));
                    kinds.put(g.id(), g.kind().label());
                });
            }
        }
        doc.put(Layers.ENTITIES, List.copyOf(entities));
        doc.put(KbLayers.FACTS, new EntityFacts(kinds, standsFor));
    }

    /**
     * A model's span split where it crosses punctuation ("VS. Maduro"), without leading common
     * words and titles ("de Universiteit van Bern", "Kamerlid Sietse Fritsma"); common words alone are dropped.
     */
    private List<Mention> cleanModelMention(Mention m, String lang) {
        if (!known(kb.lookup(m.text(), lang)).isEmpty()) {
            return List.of(m);
        }
        List<Mention> out = new ArrayList<>();
        java.util.regex.Matcher cut = PUNCTUATION_GAP.matcher(m.text());
        int from = 0;
        while (true) {
            boolean found = cut.find();
            int to = found ? cut.start() : m.text().length();
            trimmed(m, from, to).ifPresent(out::add);
            if (!found) {
                return out;
            }
            from = cut.end();
        }
    }

    private Optional<Mention> trimmed(Mention m, int from, int to) {
        String t = m.text();
        java.util.regex.Matcher word = java.util.regex.Pattern.compile("[\\p{L}\\p{N}][^\\s]*").matcher(t);
        word.region(from, to);
        int start = -1;
        int lastWordEnd = -1;
        while (word.find()) {
            if (start < 0 && leadingWords.contains(NameKey.fold(word.group()))) {
                continue;
            }
            if (start < 0) {
                start = word.start();
            }
            lastWordEnd = word.end();
        }
        if (start < 0) {
            return Optional.empty();
        }
        String part = t.substring(start, lastWordEnd);
        if (stopwords.contains(NameKey.fold(part))) {
            return Optional.empty();
        }
        return Optional.of(new Mention(m.start() + start, m.start() + lastWordEnd, part, m.type(), m.probability(), m.origin()));
    }

    /**
     * A model's span that runs names together ("Security Council Dmitry Medvedev", "Russia
     * Vladimir Putin") is cut around the known names inside it: when it holds a known person, or
     * two or more known names. A span that only holds a place ("Moscow State University") stays.
     */
    private static List<Mention> splitRunTogether(Mention m, List<Mention> gazetteer) {
        List<Mention> inside = new ArrayList<>();
        for (int i = firstStartingAtOrAfter(gazetteer, m.start()); i < gazetteer.size() && gazetteer.get(i).start() < m.end(); i++) {
            Mention g = gazetteer.get(i);
            if (g.end() <= m.end() && g.end() - g.start() < m.end() - m.start()) {
                inside.add(g);
            }
        }
        if (inside.isEmpty() || inside.size() < 2 && inside.get(0).type() != EntityType.PER) {
            return List.of(m);
        }
        List<Mention> rest = new ArrayList<>();
        int from = m.start();
        for (Mention g : inside) {
            if (g.start() > from) {
                addNamePart(rest, part(m, from, g.start()));
            }
            from = Math.max(from, g.end());
        }
        if (from < m.end()) {
            addNamePart(rest, part(m, from, m.end()));
        }
        return rest;
    }

    /** Keeps a piece left between known names only if it can be a name: not "'s" or ", en". */
    private static void addNamePart(List<Mention> rest, Mention piece) {
        String t = piece.text();
        int i = 0;
        while (i < t.length() && !Character.isLetterOrDigit(t.charAt(i))) {
            i++;
        }
        int letters = (int) t.chars().filter(Character::isLetterOrDigit).count();
        if (i < t.length() && letters >= 2 && (Character.isUpperCase(t.charAt(i)) || Character.isDigit(t.charAt(i)))) {
            rest.add(piece);
        }
    }

    /** Index of the first mention starting at or after {@code start} in a list sorted by start. */
    private static int firstStartingAtOrAfter(List<Mention> byStart, int start) {
        int lo = 0;
        int hi = byStart.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (byStart.get(mid).start() < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static Mention part(Mention m, int start, int end) {
        return new Mention(start, end, m.text().substring(start - m.start(), end - m.start()), m.type(), m.probability(), m.origin());
    }

    /** Non-overlapping mentions: longer first; on equal spans a gazetteer mention wins. */
    static List<Mention> merge(List<Mention> mentions) {
        List<Mention> order = new ArrayList<>(mentions);
        order.sort(Comparator.comparingInt((Mention m) -> -(m.end() - m.start()))
                .thenComparing(m -> !GazetteerTagger.ORIGIN.equals(m.origin()))
                .thenComparingInt(Mention::start));
        List<Mention> kept = new ArrayList<>();
        DisjointSpans taken = new DisjointSpans();
        for (Mention m : order) {
            if (!taken.overlaps(m.start(), m.end())) {
                taken.add(m.start(), m.end());
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }

    private List<Cluster> cluster(List<Mention> mentions, String lang) {
        Map<String, Cluster> byKey = new LinkedHashMap<>();
        List<Mention> singles = new ArrayList<>();
        for (Mention m : mentions) {
            List<Candidate> cs = known(kb.lookup(m.text(), lang));
            EntityType type = typeOf(m, cs);
            List<Candidate> typed = cs.stream().filter(c -> c.entry().type() == type).toList();
            if (type == EntityType.PER && !m.text().strip().contains(" ")) {
                singles.add(m);
                continue;
            }
            String key;
            KbEntry entry = null;
            if (type == EntityType.LOC) {
                key = "LOC|" + NameKey.fold(m.text());
            } else if (!typed.isEmpty()) {
                entry = typed.get(0).entry();
                key = entry.id();
            } else {
                key = type + "|" + NameKey.fold(m.text());
            }
            Cluster c = byKey.computeIfAbsent(key, k -> new Cluster(type));
            c.mentions.add(m);
            c.entry = c.entry == null ? entry : c.entry;
            if (type == EntityType.LOC && c.candidates.isEmpty()) {
                c.candidates = Geocoder.places(kb.lookup(m.text(), lang));
            }
        }
        for (Mention m : singles) {
            Cluster target = null;
            String f = NameKey.fold(m.text());
            String k = NameKey.key(m.text());
            for (Cluster c : byKey.values()) {
                if (c.type == EntityType.PER && c.mentions.stream().anyMatch(x -> lastWordMatches(x.text(), f, k))) {
                    target = c;
                    break;
                }
            }
            if (target == null) {
                List<Candidate> cs = known(kb.lookup(m.text(), lang)).stream().filter(c -> c.entry().type() == EntityType.PER).toList();
                KbEntry entry = cs.isEmpty() ? null : cs.get(0).entry();
                target = byKey.computeIfAbsent(entry != null ? entry.id() : "PER|" + f, x -> new Cluster(EntityType.PER));
                target.entry = target.entry == null ? entry : target.entry;
            }
            target.mentions.add(m);
        }
        List<Cluster> out = new ArrayList<>(byKey.values());
        for (Cluster c : out) {
            c.mentions.sort(Comparator.comparingInt(Mention::start));
        }
        out.sort(Comparator.comparingInt(Cluster::first));
        return out;
    }

    private static boolean lastWordMatches(String fullName, String folded, String key) {
        String f = NameKey.fold(fullName);
        int sp = f.lastIndexOf(' ');
        if (sp < 0) {
            return false;
        }
        String last = f.substring(sp + 1);
        return last.equals(folded) || NameKey.keyOfFolded(last).equals(key);
    }

    /** Candidates worth trusting: exact or curated names, or large places matched by transliteration. */
    private static List<Candidate> known(List<Candidate> cs) {
        return cs.stream().filter(c -> c.exact() || c.curated() || c.entry().population() >= 100_000).toList();
    }

    /** The model's type, unless the knowledge base knows the name as something else. */
    private static EntityType typeOf(Mention m, List<Candidate> cs) {
        if (cs.isEmpty()) {
            return m.type();
        }
        boolean modelTypeKnown = cs.stream().anyMatch(c -> c.entry().type() == m.type() && c.curated());
        if (GazetteerTagger.ORIGIN.equals(m.origin()) || modelTypeKnown) {
            return modelTypeKnown ? m.type() : best(cs).entry().type();
        }
        Candidate top = best(cs);
        if (top.curated()) {
            return top.entry().type();
        }
        return m.type();
    }

    private static Candidate best(List<Candidate> cs) {
        return cs.stream().min(Comparator.comparing((Candidate c) -> !c.curated()).thenComparing(c -> !c.exact())
                .thenComparing(c -> c.entry().kind() != EntryKind.COUNTRY)
                .thenComparing(c -> -c.entry().population())).orElseThrow();
    }

    /**
     * A small foreign town (or one matched only by transliteration key) found only by the
     * gazetteer, in a document that has nothing else near it, is more likely a person's name
     * ("Jan", "Obama", "Clinton") than a place.
     */
    private static boolean implausiblePlace(Cluster c, Geocoder.Context ctx) {
        KbEntry e = c.entry;
        String id = e == null ? "" : e.id();
        boolean exact = c.candidates.stream().anyMatch(x -> x.entry().id().equals(id) && x.exact());
        boolean curated = c.candidates.stream().anyMatch(x -> x.entry().id().equals(id) && x.curated());
        if (c.type != EntityType.LOC || e == null || curated || e.kind() != EntryKind.CITY && e.kind() != EntryKind.REGION
                || e.population() >= SMALL_TOWN && exact
                || c.mentions.stream().anyMatch(m -> !GazetteerTagger.ORIGIN.equals(m.origin()))
                || e.isCapital() || ctx.countries().getOrDefault(e.country(), 0.0) > c.mentions.size()) {
            return false;
        }
        for (KbEntry a : ctx.anchors()) {
            if (!a.id().equals(e.id()) && a.hasCoordinates() && e.hasCoordinates()
                    && Geocoder.km(a.lat(), a.lon(), e.lat(), e.lon()) <= 300) {
                return false;
            }
        }
        return true;
    }

    private Geocoder.Context geocode(List<Cluster> clusters, String lang) {
        Map<String, Double> countries = new HashMap<>();
        List<KbEntry> anchors = new ArrayList<>();
        for (Cluster c : clusters) {
            if (c.type == EntityType.LOC) {
                geocoder.choose(c.mentions.get(0).text(), c.candidates, Geocoder.Context.EMPTY).ifPresent(p -> {
                    anchors.add(p);
                    if (p.country() != null) {
                        countries.merge(p.country(), (double) c.mentions.size(), Double::sum);
                    }
                });
            } else if (c.entry != null && c.entry.kind() == EntryKind.DEMONYM && c.entry.country() != null) {
                countries.merge(c.entry.country(), (double) c.mentions.size(), Double::sum);
            }
        }
        Geocoder.Context ctx = new Geocoder.Context(countries, anchors);
        for (Cluster c : clusters) {
            if (c.type == EntityType.LOC) {
                c.entry = geocoder.choose(c.mentions.get(0).text(), c.candidates, ctx).orElse(null);
            }
        }
        return ctx;
    }

    /** "het stadsbestuur" of the town last named, "Mariupol city council": one entity per authority. */
    private List<Cluster> localAuthorities(List<Cluster> clusters, String text) {
        List<LocalAuthorities.Town> towns = new ArrayList<>();
        for (Cluster c : clusters) {
            if (c.type == EntityType.LOC && c.entry != null && c.entry.kind() == EntryKind.CITY) {
                for (Mention m : c.mentions) {
                    towns.add(new LocalAuthorities.Town(m.start(), m.end(), c.entry));
                }
            }
        }
        towns.sort(Comparator.comparingInt(LocalAuthorities.Town::start));
        Map<String, Cluster> byName = new LinkedHashMap<>();
        for (LocalAuthorities.Found f : localAuthorities.find(text, towns)) {
            Cluster c = byName.computeIfAbsent(f.name(), n -> {
                Cluster k = new Cluster(EntityType.ORG);
                k.entry = new KbEntry(EntityIds.of(EntityType.ORG, n), n, EntityType.ORG, f.kind(), f.town().country(),
                        null, Double.NaN, Double.NaN, 0, "", "", null);
                return k;
            });
            c.mentions.add(new Mention(f.span().start(), f.span().end(), f.span().text(), EntityType.ORG, 1.0, GazetteerTagger.ORIGIN));
        }
        return new ArrayList<>(byName.values());
    }

    /** Clusters that resolved to the same entry ("Kiev" and "Kyiv") become one. */
    private static List<Cluster> joinSameEntry(List<Cluster> clusters) {
        Map<String, Cluster> byId = new LinkedHashMap<>();
        List<Cluster> out = new ArrayList<>();
        for (Cluster c : clusters) {
            if (c.entry == null) {
                out.add(c);
                continue;
            }
            Cluster seen = byId.get(c.entry.id());
            if (seen == null) {
                byId.put(c.entry.id(), c);
                out.add(c);
            } else {
                seen.mentions.addAll(c.mentions);
                seen.mentions.sort(Comparator.comparingInt(Mention::start));
            }
        }
        return out;
    }

    /** Country from the knowledge base, else from a country adjective just before a mention ("de Russische president X"). */
    private void assignCountries(List<Cluster> clusters, List<Mention> mentions, String text) {
        for (Cluster c : clusters) {
            if (c.entry != null && c.entry.country() != null) {
                c.country = c.entry.country();
                continue;
            }
            if (c.type != EntityType.PER && c.type != EntityType.ORG) {
                continue;
            }
            for (Mention m : c.mentions) {
                String stated = statedCountry(m, mentions, text);
                if (stated != null) {
                    c.country = stated;
                    break;
                }
            }
        }
    }

    /** "De Russische president Vladimir Poetin", "French President Emmanuel Macron": up to three title words between. */
    private String statedCountry(Mention m, List<Mention> mentions, String text) {
        Mention previous = null;
        for (Mention a : mentions) {
            if (a.end() <= m.start()) {
                previous = a;
            }
        }
        if (previous == null || previous.type() != EntityType.MISC || m.start() - previous.end() > ADJECTIVE_REACH) {
            return null;
        }
        String between = text.substring(previous.end(), m.start());
        if (!TITLE_GAP.matcher(between).matches()) {
            return null;
        }
        return kb.countryOfAdjective(previous.text()).orElse(null);
    }

    private Entity toEntity(Cluster c) {
        Set<String> surfaces = new LinkedHashSet<>();
        List<TextSpan> spans = new ArrayList<>();
        for (Mention m : c.mentions) {
            surfaces.add(m.text());
            spans.add(new TextSpan(m.start(), m.end(), m.text()));
        }
        String name;
        String id;
        if (c.entry != null) {
            name = c.entry.name();
            id = c.entry.id();
        } else {
            name = surfaces.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
            id = EntityIds.of(c.type, name);
        }
        List<String> aliases = surfaces.stream().filter(s -> !s.equals(name)).toList();
        return new Entity(id, name, c.type, aliases, spans, c.country,
                c.entry != null && c.type == EntityType.LOC ? c.entry.place() : null);
    }

    /** The government a cluster stands for: always for names like "Kremlin", for countries and capitals when they speak or act. */
    private Optional<KbEntry> governmentStoodFor(Cluster c, String text) {
        KbEntry e = c.entry;
        if (e == null) {
            return Optional.empty();
        }
        if (e.standsFor() != null) {
            return kb.entry(e.standsFor());
        }
        if ((e.kind() == EntryKind.COUNTRY || e.isCapital()) && e.country() != null
                && c.mentions.stream().anyMatch(m -> metonymy.isAgent(text, m.start(), m.end()))) {
            return Optional.of(kb.governmentOf(e.country()));
        }
        return Optional.empty();
    }
}
