package org.kroniek.merge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.kroniek.record.ArticleRecord;

/**
 * Stories, event instances, figure series and contradictions over the articles added so far;
 * the one merging code that the CLI, the store and the Spark job call.
 *
 * <p>Two entry points: {@link #of(Collection)} is a pure function from a collection of records
 * to the result; {@link #add} maintains the result incrementally, so that adding one article to
 * a large index costs milliseconds. Both give exactly the same stories, event instances and
 * contradictions for the same set of articles, whatever order they came in (a record with an id
 * already present replaces it).
 *
 * <p>How the result stays local: a story link needs two articles at most
 * {@link MergeConfig#storyWindowDays()} apart, and how common an entity is gets counted among
 * the articles within {@link MergeConfig#idfWindowDays()} of each article ({@link LocalStats}).
 * An article added on day {@code t} can only change the statistics of articles within
 * {@code idfWindowDays} of {@code t} and the nearest-neighbour lists of articles within
 * {@code idfWindowDays + storyWindowDays}; those are recomputed at the next read, the rest is
 * kept. A link holds between mutual nearest neighbours ({@link MergeConfig#mutualNeighbours()},
 * ties kept) or near-identical texts; stories are the connected groups, and a group whose members
 * did not change keeps its assembled story.
 *
 * <p>Not thread-safe: callers serialize {@code add} and reads.
 *
 * <pre>{@code
 * StoryIndex index = StoryIndex.of(records);
 * String json = StoriesJson.write(index);
 * index.add(oneMore);                     // milliseconds
 * List<Story> stories = index.stories();  // recomputes only around oneMore's day
 * }</pre>
 */
public final class StoryIndex {
    private final MergeConfig config;
    private final StoryRules rules;
    private final ContradictionFinder finder;
    private final StoryAssembler assembler;
    private final Map<String, ArticleProfile> articles = new HashMap<>();
    private final DayIndex days = new DayIndex();
    private final DayIndex wordDays = new DayIndex();
    private final Map<String, Set<String>> byBand = new HashMap<>();
    private final Map<String, LocalStats> stats = new HashMap<>();
    private final Map<String, List<String>> best = new HashMap<>();
    private final Map<String, Set<String>> duplicates = new HashMap<>();
    private final Map<String, Set<String>> duplicateOf = new HashMap<>();
    private final TreeSet<Long> dirtyDays = new TreeSet<>();
    private final Set<String> changed = new HashSet<>();
    private final Grouping grouping;
    private Views views;

    /** @param config thresholds; {@link MergeConfig#defaults()} for the usual ones */
    public StoryIndex(MergeConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.rules = new StoryRules(config);
        Places places = new Places(config);
        EventRules eventRules = new EventRules(places);
        this.finder = new ContradictionFinder(config, eventRules, places);
        this.assembler = new StoryAssembler(rules, eventRules, finder);
        this.grouping = new Grouping(assembler, finder);
    }

    /**
     * The stories of a collection of records with the default thresholds: a pure function,
     * the same for any order of {@code records}.
     */
    public static StoryIndex of(Collection<ArticleRecord> records) {
        return of(records, MergeConfig.defaults());
    }

    /** As {@link #of(Collection)} with other thresholds. */
    public static StoryIndex of(Collection<ArticleRecord> records, MergeConfig config) {
        StoryIndex index = new StoryIndex(config);
        records.forEach(index::add);
        return index;
    }

    /**
     * Adds (or replaces) one article. Costs an update of the postings; the grouping around the
     * article's day is redone at the next read.
     *
     * @param record an extracted article record
     */
    public void add(ArticleRecord record) {
        ArticleProfile old = articles.get(record.id());
        if (old != null && old.record().equals(record)) {
            return;
        }
        ArticleProfile p = ArticleProfile.of(record);
        if (old != null) {
            days.remove(old, old.entities());
            wordDays.remove(old, old.words());
            bandKeys(old).forEach(k -> removePosting(byBand, k, old.id()));
            dirtyDays.add(old.day());
        }
        articles.put(p.id(), p);
        days.add(p, p.entities());
        wordDays.add(p, p.words());
        bandKeys(p).forEach(k -> byBand.computeIfAbsent(k, x -> new TreeSet<>()).add(p.id()));
        dirtyDays.add(p.day());
        changed.add(p.id());
        views = null;
    }

    /** @return the number of articles added */
    public int size() {
        return articles.size();
    }

    /** @return all stories, largest first, then by id */
    public List<Story> stories() {
        Views v = views();
        if (v.stories == null) {
            v.stories = List.copyOf(v.grouping.stories());
        }
        return v.stories;
    }

    /** @return the story with this id */
    public Optional<Story> story(String id) {
        return Optional.ofNullable(views().grouping.story(id));
    }

    /** @return the story an article belongs to, or empty when the article is unknown */
    public Optional<Story> storyOf(String articleId) {
        return Optional.ofNullable(views().grouping.storyOf(articleId));
    }

    /** @return every event instance, by id */
    public List<EventInstance> events() {
        Views v = views();
        if (v.events == null) {
            v.events = List.copyOf(v.grouping.events());
        }
        return v.events;
    }

    /** @return the event instance with this id, or the one holding the mention {@code article#event} */
    public Optional<EventInstance> event(String id) {
        return Optional.ofNullable(views().grouping.event(id));
    }

    /** @return figure series per (place, kind) over all articles, by place id then kind */
    public List<FigureSeries> figureSeries() {
        Views v = views();
        if (v.series == null) {
            v.series = FigureSeriesBuilder.build(articles.values());
        }
        return v.series;
    }

    /** @return figure series per (place, kind) of one story's articles, or empty when there is no such story */
    public List<FigureSeries> figureSeries(String storyId) {
        Story story = views().grouping.story(storyId);
        return story == null ? List.of() : FigureSeriesBuilder.build(story.articles().stream().map(articles::get).toList());
    }

    /** @return contradictions, sorted by kind then sides */
    public List<Contradiction> contradictions() {
        Views v = views();
        if (v.contradictions == null) {
            v.contradictions = List.copyOf(v.grouping.contradictions());
        }
        return v.contradictions;
    }

    /**
     * @return the contradictions of one story: those between its articles and the broken promises one of
     *         its events takes part in (the other side may be in another story), sorted as {@link #contradictions()}
     */
    public List<Contradiction> contradictions(String storyId) {
        return views().grouping.contradictions(storyId);
    }

    private List<String> bandKeys(ArticleProfile p) {
        List<String> keys = new ArrayList<>();
        if (p.shingles().isEmpty()) {
            return keys;
        }
        for (int b = 0; b < Shingles.BANDS; b++) {
            keys.add(p.language() + ":" + Long.toHexString(Shingles.bandKey(p.signature(), b)));
        }
        return keys;
    }

    private static void removePosting(Map<String, Set<String>> postings, String key, String id) {
        Set<String> s = postings.get(key);
        if (s != null && s.remove(id) && s.isEmpty()) {
            postings.remove(key);
        }
    }

    /**
     * Recomputes the statistics and neighbour lists that the adds since the last read can have changed.
     *
     * @return the articles whose neighbour lists were recomputed
     */
    private List<String> refresh() {
        List<String> recomputed = new ArrayList<>();
        if (dirtyDays.isEmpty()) {
            return recomputed;
        }
        int idfDays = config.idfWindowDays();
        int storyDays = config.storyWindowDays();
        for (long[] r : ranges(dirtyDays, idfDays)) {
            for (String id : days.articles(r[0], r[1])) {
                stats.put(id, LocalStats.of(articles.get(id), days, wordDays, rules, idfDays));
            }
        }
        for (long[] r : ranges(dirtyDays, idfDays + storyDays)) {
            for (String id : days.articles(r[0], r[1])) {
                neighbours(articles.get(id));
                recomputed.add(id);
            }
        }
        dirtyDays.clear();
        return recomputed;
    }

    /** The days within {@code radius} of any of {@code centres}, as merged closed ranges. */
    private static List<long[]> ranges(TreeSet<Long> centres, int radius) {
        List<long[]> out = new ArrayList<>();
        for (long d : centres) {
            long lo = d - radius;
            long hi = d + radius;
            if (!out.isEmpty() && lo <= out.get(out.size() - 1)[1] + 1) {
                out.get(out.size() - 1)[1] = hi;
            } else {
                out.add(new long[] {lo, hi});
            }
        }
        return out;
    }

    /** An article's best-scoring links above the threshold (ties with the k-th kept) and its near-identical texts. */
    private void neighbours(ArticleProfile a) {
        LocalStats sa = stats.get(a.id());
        int window = config.storyWindowDays();
        Set<String> candidates = new TreeSet<>();
        for (String e : sa.anchors()) {
            candidates.addAll(days.articles(e, a.day() - window, a.day() + window));
        }
        for (String key : bandKeys(a)) {
            for (String c : byBand.getOrDefault(key, Set.of())) {
                if (rules.withinWindow(a, articles.get(c))) {
                    candidates.add(c);
                }
            }
        }
        candidates.remove(a.id());
        List<Map.Entry<String, Double>> scored = new ArrayList<>();
        Set<String> dups = new TreeSet<>();
        for (String c : candidates) {
            ArticleProfile b = articles.get(c);
            double score = rules.score(a, sa, b, stats.get(c));
            if (score >= StoryRules.DUPLICATE) {
                dups.add(c);
            } else if (score >= config.storyThreshold()) {
                scored.add(Map.entry(c, score));
            }
        }
        scored.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        // ties with the k-th best score are kept too, so that equally good links are never cut by id order
        double kth = scored.size() < config.mutualNeighbours() ? 0
                : scored.get(config.mutualNeighbours() - 1).getValue() - 1e-9;
        best.put(a.id(), scored.stream().filter(e -> e.getValue() >= kth).map(Map.Entry::getKey).toList());
        Set<String> before = duplicates.put(a.id(), dups);
        if (before != null) {
            before.forEach(d -> removePosting(duplicateOf, d, a.id()));
        }
        dups.forEach(d -> duplicateOf.computeIfAbsent(d, k -> new TreeSet<>()).add(a.id()));
    }

    /** Linked articles: mutual nearest neighbours and near-identical texts, found from either side. */
    private Collection<String> links(String id) {
        Set<String> out = new TreeSet<>(duplicates.getOrDefault(id, Set.of()));
        out.addAll(duplicateOf.getOrDefault(id, Set.of()));
        for (String b : best.getOrDefault(id, List.of())) {
            if (best.getOrDefault(b, List.of()).contains(id)) {
                out.add(b);
            }
        }
        return out;
    }

    private Views views() {
        if (views == null) {
            grouping.regroup(refresh(), changed, this::links, articles);
            changed.clear();
            views = new Views(grouping);
        }
        return views;
    }

    /** The read-only lists of one state of the grouping, each copied at its first read after a change. */
    private static final class Views {
        final Grouping grouping;
        List<Story> stories;
        List<EventInstance> events;
        List<Contradiction> contradictions;
        List<FigureSeries> series;

        Views(Grouping grouping) {
            this.grouping = grouping;
        }
    }
}
