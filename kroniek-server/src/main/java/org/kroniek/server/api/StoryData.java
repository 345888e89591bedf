package org.kroniek.server.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.kroniek.merge.Contradiction;
import org.kroniek.merge.EventInstance;
import org.kroniek.merge.EventMention;
import org.kroniek.merge.FigurePoint;
import org.kroniek.merge.FigureSeries;
import org.kroniek.merge.Story;
import org.kroniek.merge.StoryIndex;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.EventType;
import org.kroniek.server.ui.Urls;
import org.kroniek.store.RecordStore;

/**
 * The stories of the store as the API and the story pages show them: a page of summaries, and
 * one story with its articles, merged events, figure series and contradictions, each piece of
 * evidence with the link to its span on the article page.
 */
public final class StoryData {
    private StoryData() {
    }

    /** One line of the story list. */
    public record Summary(String id, String title, int articles, int sources, List<String> outlets,
                          List<String> languages, int events, int mergedEvents, int contradictions,
                          String from, String to, String url) {
    }

    /** A page of stories with at least {@code minArticles} articles, largest first. */
    public record Page(int total, int offset, int limit, List<Summary> stories) {
    }

    /** An article of a story. */
    public record Article(String id, String title, String published, String language, String outlet, String url) {
    }

    /** One article's report of a merged event, linking to its evidence. */
    public record Mention(String article, String event, String outlet, String dates, boolean negated,
                          boolean hypothetical, String evidence, String url) {
    }

    /** A merged event: every article that reports it, and its independent sources. */
    public record Event(String id, EventType type, String actor, String recipient, String location, String dates,
                        boolean negated, boolean hypothetical, int sources, List<String> articles,
                        List<Mention> mentions) {
    }

    /** One reported figure in a series, linking to its evidence. */
    public record Point(String article, String outlet, String date, Long low, Long high, String speaker,
                        String evidence, String url) {
    }

    /** The figures of one kind for one place, by date. */
    public record Series(String location, String locationName, String kind, List<Point> points) {
    }

    /** One side of a contradiction, linking to its evidence. */
    public record Side(String article, String item, String evidence, String url) {
    }

    /** Two reports that cannot both be true. */
    public record Clash(String kind, String reason, Side first, Side second) {
    }

    /** A whole story. */
    /** @param names canonical entity names by the entity ids its events use as actor, recipient and location */
    public record Detail(String id, String title, int sources, List<String> outlets, List<String> languages,
                         String from, String to, List<Article> articles, List<Event> events, List<Series> figures,
                         List<Clash> contradictions, Map<String, String> names) {
        public Detail {
            names = Map.copyOf(names);
        }

        /** The canonical name of an entity id used by this story's events, or the id itself. */
        public String name(String entityId) {
            return entityId == null ? null : names.getOrDefault(entityId, entityId);
        }
    }

    public static Page page(RecordStore store, int offset, int limit, int minArticles) throws IOException {
        return store.stories(index -> {
            List<Story> all = index.stories().stream().filter(s -> s.articles().size() >= minArticles).toList();
            List<Summary> out = new ArrayList<>();
            for (int i = offset; i < Math.min(all.size(), offset + limit); i++) {
                out.add(summary(index, all.get(i)));
            }
            return new Page(all.size(), offset, limit, out);
        });
    }

    private static Summary summary(StoryIndex index, Story s) {
        int merged = (int) s.events().stream().filter(e -> e.articles().size() > 1).count();
        return new Summary(s.id(), s.title(), s.articles().size(), s.sources(), s.outlets(), s.languages(),
                s.events().size(), merged, index.contradictions(s.id()).size(), s.from(), s.to(), storyUrl(s.id()));
    }

    public static Optional<Detail> detail(RecordStore store, String id) throws IOException {
        record Found(Story story, List<FigureSeries> series, List<Contradiction> contradictions) {
        }
        Optional<Found> found = store.stories(index -> index.story(id)
                .map(s -> new Found(s, index.figureSeries(s.id()), index.contradictions(s.id()))));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Story s = found.get().story();
        List<Article> articles = new ArrayList<>();
        Map<String, String> names = new TreeMap<>();
        for (String a : s.articles()) {
            Optional<ArticleRecord> r = store.article(a);
            r.ifPresent(x -> x.entities().forEach(e -> names.putIfAbsent(e.id(), e.name())));
            articles.add(new Article(a, r.map(ArticleRecord::title).orElse(null),
                    r.map(x -> x.published() == null ? null : x.published().value()).orElse(null),
                    r.map(ArticleRecord::language).orElse(null),
                    r.map(org.kroniek.merge.Outlets::of).orElse(null), Urls.article(a)));
        }
        List<Event> events = s.events().stream().map(StoryData::event).toList();
        List<Series> series = found.get().series().stream().map(StoryData::series).toList();
        List<Clash> clashes = found.get().contradictions().stream()
                .map(c -> new Clash(c.kind().label(), c.reason(), side(c.first()), side(c.second()))).toList();
        return Optional.of(new Detail(s.id(), s.title(), s.sources(), s.outlets(), s.languages(), s.from(), s.to(),
                articles, events, series, clashes, names));
    }

    /** The merged event holding the mention {@code article#event}, or empty. */
    public static Optional<Event> instanceOf(RecordStore store, String article, String event) throws IOException {
        return store.stories(index -> index.event(article + "#" + event).map(StoryData::event));
    }

    static Event event(EventInstance e) {
        List<Mention> mentions = e.mentions().stream().map(StoryData::mention).toList();
        return new Event(e.id(), e.type(), e.actor(), e.recipient(), e.location(), e.dates(), e.negated(),
                e.hypothetical(), e.sources(), e.articles(), mentions);
    }

    private static Mention mention(EventMention m) {
        return new Mention(m.article(), m.event(), m.outlet(), m.datesText(), m.negated(), m.hypothetical(),
                m.evidence(), Urls.articleAt(m.article(), "event-" + m.event()));
    }

    private static Series series(FigureSeries f) {
        List<Point> points = f.points().stream().map(p -> new Point(p.article(), p.outlet(), p.date(), p.low(),
                p.high(), p.speaker(), p.evidence(), pointUrl(p))).toList();
        return new Series(f.location(), f.locationName(), f.kind().name().toLowerCase(java.util.Locale.ROOT), points);
    }

    private static String pointUrl(FigurePoint p) {
        return Urls.articleAt(p.article(), "figure-" + p.figure());
    }

    private static Side side(Contradiction.Side s) {
        return new Side(s.article(), s.item(), s.evidence(), Urls.articleAt(s.article(), anchor(s.item())));
    }

    /** The anchor of a record item on the article page: claims {@code c1}, events {@code v1}, figures {@code f1}. */
    static String anchor(String item) {
        if (item.startsWith("c")) {
            return "claim-" + item;
        }
        if (item.startsWith("v")) {
            return "event-" + item;
        }
        return "figure-" + item;
    }

    public static String storyUrl(String id) {
        return "/stories/" + Urls.enc(id);
    }
}
