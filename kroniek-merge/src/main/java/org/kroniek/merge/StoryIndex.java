package org.kroniek.merge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.Event;

/**
 * Stories, event instances, figure series and contradictions over the articles added so far.
 *
 * <p>{@link #add} indexes an article (entity id and MinHash-band postings) and links it to the
 * candidates those postings give, never scanning the corpus; {@link #storyOf} answers at once from
 * that incremental state (every link above the threshold). The read methods ({@link #stories()}, ...) recompute the grouping over
 * the same candidate pairs with the final idf, keeping a link only between mutual nearest
 * neighbours ({@link MergeConfig#mutualNeighbours()}) or near-identical texts, so the result depends only on the set of articles,
 * not on the order they came in; the result is cached until the next {@code add}.
 * Adding a record with an id already present replaces it.
 *
 * <p>Not thread-safe: callers serialize {@code add} and reads.
 *
 * <pre>{@code
 * StoryIndex index = new StoryIndex(MergeConfig.defaults());
 * records.forEach(index::add);
 * String json = StoriesJson.write(index);
 * }</pre>
 */
public final class StoryIndex {
    private final MergeConfig config;
    private final StoryRules rules;
    private final EventRules eventRules;
    private final Places places;
    private final Map<String, ArticleProfile> articles = new TreeMap<>();
    private final Map<String, Set<String>> byEntity = new HashMap<>();
    private final Map<String, Set<String>> byBand = new HashMap<>();
    private UnionFind live = new UnionFind();
    private Snapshot snapshot;

    /** @param config thresholds; {@link MergeConfig#defaults()} for the usual ones */
    public StoryIndex(MergeConfig config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
        this.rules = new StoryRules(config);
        this.places = new Places(config);
        this.eventRules = new EventRules(places);
    }

    /**
     * Adds (or replaces) one article.
     *
     * @param record an extracted article record
     * @return the ids of the already added articles it was linked to as the same story, sorted
     */
    public List<String> add(ArticleRecord record) {
        ArticleProfile p = ArticleProfile.of(record);
        ArticleProfile old = articles.put(p.id(), p);
        if (old != null) {
            unindex(old);
            live = null;
        }
        for (String e : p.entities()) {
            byEntity.computeIfAbsent(e, k -> new TreeSet<>()).add(p.id());
        }
        for (String key : bandKeys(p)) {
            byBand.computeIfAbsent(key, k -> new TreeSet<>()).add(p.id());
        }
        snapshot = null;
        List<String> linked = new ArrayList<>();
        for (String c : candidates(p)) {
            if (rules.sameStory(p, articles.get(c), this::df, articles.size())) {
                linked.add(c);
            }
        }
        if (live != null) {
            live.add(p.id());
            linked.forEach(c -> live.union(p.id(), c));
        }
        return linked;
    }

    /** @return the number of articles added */
    public int size() {
        return articles.size();
    }

    /**
     * @return the ids of the articles in the same story as {@code articleId} by the incremental
     *         links made so far (the full recomputation of {@link #stories()} may join more), or empty when unknown
     */
    public Optional<List<String>> storyOf(String articleId) {
        if (!articles.containsKey(articleId)) {
            return Optional.empty();
        }
        if (live == null) {
            return Optional.of(snapshot().storyByArticle.get(articleId).articles());
        }
        String root = live.find(articleId);
        return Optional.of(live.groups().stream().filter(g -> live.find(g.get(0)).equals(root)).findFirst().orElseThrow());
    }

    /** @return all stories, largest first, then by id */
    public List<Story> stories() {
        return snapshot().stories;
    }

    /** @return the story with this id */
    public Optional<Story> story(String id) {
        return snapshot().stories.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** @return every event instance, by id */
    public List<EventInstance> events() {
        return snapshot().events;
    }

    /** @return the event instance with this id, or the one holding the mention {@code article#event} */
    public Optional<EventInstance> event(String id) {
        return snapshot().events.stream()
                .filter(e -> e.id().equals(id) || e.mentions().stream().anyMatch(m -> m.key().equals(id)))
                .findFirst();
    }

    /** @return figure series per (place, kind), by place id then kind */
    public List<FigureSeries> figureSeries() {
        return snapshot().series;
    }

    /** @return contradictions, sorted by kind then sides */
    public List<Contradiction> contradictions() {
        return snapshot().contradictions;
    }

    private int df(String entity) {
        Set<String> posting = byEntity.get(entity);
        return posting == null ? 0 : posting.size();
    }

    private void unindex(ArticleProfile p) {
        for (String e : p.entities()) {
            Set<String> s = byEntity.get(e);
            if (s != null && s.remove(p.id()) && s.isEmpty()) {
                byEntity.remove(e);
            }
        }
        for (String key : bandKeys(p)) {
            Set<String> s = byBand.get(key);
            if (s != null && s.remove(p.id()) && s.isEmpty()) {
                byBand.remove(key);
            }
        }
    }

    private static List<String> bandKeys(ArticleProfile p) {
        List<String> keys = new ArrayList<>();
        if (p.shingles().isEmpty()) {
            return keys;
        }
        for (int b = 0; b < Shingles.BANDS; b++) {
            keys.add(p.language() + ":" + Long.toHexString(Shingles.bandKey(p.signature(), b)));
        }
        return keys;
    }

    /** Articles sharing an anchor-eligible entity or a MinHash band with {@code p}; posting lists of common entities are skipped. */
    private Set<String> candidates(ArticleProfile p) {
        int anchorMax = rules.anchorMaxDf(articles.size());
        Set<String> out = new TreeSet<>();
        for (String e : p.entities()) {
            Set<String> posting = byEntity.get(e);
            if (posting != null && posting.size() <= anchorMax) {
                out.addAll(posting);
            }
        }
        for (String key : bandKeys(p)) {
            out.addAll(byBand.getOrDefault(key, Set.of()));
        }
        out.remove(p.id());
        return out;
    }

    private Snapshot snapshot() {
        if (snapshot == null) {
            snapshot = compute();
        }
        return snapshot;
    }

    private Snapshot compute() {
        UnionFind uf = new UnionFind();
        int n = articles.size();
        // each article's best links; a link counts when it is among the best of both ends (mutual
        // nearest neighbours), so a hub article naming many entities does not chain stories together
        Map<String, List<String>> best = new HashMap<>();
        Map<String, Set<String>> duplicates = new HashMap<>();
        Map<String, Double> masses = new HashMap<>();
        for (ArticleProfile a : articles.values()) {
            masses.put(a.id(), StoryRules.mass(a.entities(), this::df, n));
        }
        for (ArticleProfile a : articles.values()) {
            uf.add(a.id());
            List<Map.Entry<String, Double>> scored = new ArrayList<>();
            for (String c : candidates(a)) {
                double score = rules.score(a, articles.get(c), this::df, n, p -> masses.get(p.id()));
                if (score >= StoryRules.DUPLICATE) {
                    duplicates.computeIfAbsent(a.id(), k -> new TreeSet<>()).add(c);
                } else if (score >= config.storyThreshold()) {
                    scored.add(Map.entry(c, score));
                }
            }
            scored.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            // ties with the k-th best score are kept too, so that equally good links are never cut by id order
            double kth = scored.size() < config.mutualNeighbours() ? 0
                    : scored.get(config.mutualNeighbours() - 1).getValue() - 1e-9;
            best.put(a.id(), scored.stream().filter(e -> e.getValue() >= kth).map(Map.Entry::getKey).toList());
        }
        duplicates.forEach((a, ds) -> ds.forEach(d -> uf.union(a, d)));
        best.forEach((a, bs) -> {
            for (String b : bs) {
                if (best.getOrDefault(b, List.of()).contains(a)) {
                    uf.union(a, b);
                }
            }
        });
        List<Story> stories = new ArrayList<>();
        List<EventInstance> events = new ArrayList<>();
        List<Contradiction> contradictions = new ArrayList<>();
        Map<String, Story> byArticle = new HashMap<>();
        ContradictionFinder finder = new ContradictionFinder(config, eventRules, places);
        List<EventMention> allMentions = new ArrayList<>();
        for (List<String> group : uf.groups()) {
            List<ArticleProfile> members = group.stream().map(articles::get)
                    .sorted(ArticleProfile::chronological).toList();
            String storyId = "story:" + members.get(0).id();
            List<EventMention> mentions = new ArrayList<>();
            for (ArticleProfile m : members) {
                for (Event e : m.record().events()) {
                    mentions.add(EventMention.of(m, e));
                }
            }
            allMentions.addAll(mentions);
            List<EventInstance> instances = mergeEvents(storyId, mentions);
            Story story = new Story(storyId, members.get(0).record().title(),
                    members.stream().map(ArticleProfile::id).toList(),
                    members.stream().map(ArticleProfile::outlet).distinct().sorted().toList(),
                    members.stream().map(ArticleProfile::language).filter(java.util.Objects::nonNull).distinct().sorted().toList(),
                    Sources.count(members, rules), instances);
            stories.add(story);
            events.addAll(instances);
            members.forEach(m -> byArticle.put(m.id(), story));
            contradictions.addAll(finder.withinStory(members, mentions));
        }
        contradictions.addAll(finder.promises(allMentions));
        stories.sort(Comparator.comparingInt((Story s) -> -s.articles().size()).thenComparing(Story::id));
        events.sort(Comparator.comparing(EventInstance::id));
        List<Contradiction> unique = new ArrayList<>(new java.util.LinkedHashSet<>(contradictions));
        unique.sort(Comparator.comparing((Contradiction c) -> c.kind())
                .thenComparing(Contradiction::first).thenComparing(Contradiction::second).thenComparing(Contradiction::reason));
        return new Snapshot(List.copyOf(stories), List.copyOf(events),
                FigureSeriesBuilder.build(articles.values()), List.copyOf(unique), byArticle);
    }

    private List<EventInstance> mergeEvents(String storyId, List<EventMention> mentions) {
        UnionFind uf = new UnionFind();
        Map<String, EventMention> byKey = new HashMap<>();
        for (EventMention m : mentions) {
            byKey.put(m.key(), m);
            uf.add(m.key());
        }
        for (int i = 0; i < mentions.size(); i++) {
            for (int j = i + 1; j < mentions.size(); j++) {
                EventMention a = mentions.get(i);
                EventMention b = mentions.get(j);
                if (!a.article().equals(b.article()) && eventRules.sameEvent(a, b)) {
                    uf.union(a.key(), b.key());
                }
            }
        }
        List<EventInstance> out = new ArrayList<>();
        for (List<String> group : uf.groups()) {
            List<EventMention> ms = group.stream().map(byKey::get)
                    .sorted(Comparator.comparing((EventMention m) -> articles.get(m.article()), ArticleProfile::chronological)
                            .thenComparing(EventMention::event))
                    .toList();
            out.add(instance(storyId, ms));
        }
        return out;
    }

    private EventInstance instance(String storyId, List<EventMention> ms) {
        EventMention first = ms.get(0);
        DateRange narrowest = ms.stream().map(EventMention::dates).flatMap(Optional::stream)
                .min(Comparator.comparingLong((DateRange d) -> d.last().toEpochDay() - d.first().toEpochDay())
                        .thenComparing(d -> d))
                .orElse(null);
        List<ArticleProfile> sources = ms.stream().map(EventMention::article).distinct().sorted()
                .map(articles::get).toList();
        return new EventInstance(first.key(), storyId, first.type(), mostFrequent(ms, EventMention::actor),
                mostFrequent(ms, EventMention::recipient), mostFrequent(ms, EventMention::location),
                narrowest == null ? null : narrowest.toString(), first.negated(), first.hypothetical(),
                sources.stream().map(ArticleProfile::id).toList(), Sources.count(sources, rules), ms);
    }

    private static String mostFrequent(Collection<EventMention> ms, java.util.function.Function<EventMention, String> f) {
        Map<String, Integer> counts = new TreeMap<>();
        for (EventMention m : ms) {
            String v = f.apply(m);
            if (v != null) {
                counts.merge(v, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }

    private record Snapshot(List<Story> stories, List<EventInstance> events, List<FigureSeries> series,
                            List<Contradiction> contradictions, Map<String, Story> storyByArticle) {
    }
}
