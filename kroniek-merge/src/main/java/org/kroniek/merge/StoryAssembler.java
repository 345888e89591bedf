package org.kroniek.merge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.Event;

/**
 * Turns one group of articles into a {@link Story}: its event instances (mentions merged by
 * {@link EventRules}), independent sources, and the contradictions found inside the group.
 */
final class StoryAssembler {
    private final StoryRules rules;
    private final EventRules eventRules;
    private final ContradictionFinder finder;

    StoryAssembler(StoryRules rules, EventRules eventRules, ContradictionFinder finder) {
        this.rules = rules;
        this.eventRules = eventRules;
        this.finder = finder;
    }

    /** A story with what was derived from it: every event mention and the contradictions inside it. */
    record Part(Story story, List<EventMention> mentions, List<Contradiction> contradictions) {
    }

    /** @param members the group's articles, in any order */
    Part assemble(Collection<ArticleProfile> members) {
        List<ArticleProfile> sorted = members.stream().sorted(ArticleProfile::chronological).toList();
        String storyId = "story:" + sorted.get(0).id();
        List<EventMention> mentions = new ArrayList<>();
        for (ArticleProfile m : sorted) {
            for (Event e : m.record().events()) {
                mentions.add(EventMention.of(m, e));
            }
        }
        Map<String, ArticleProfile> byId = new HashMap<>();
        sorted.forEach(m -> byId.put(m.id(), m));
        List<EventInstance> instances = mergeEvents(storyId, mentions, byId);
        Story story = new Story(storyId, title(sorted),
                sorted.stream().map(ArticleProfile::id).toList(),
                sorted.stream().map(ArticleProfile::outlet).distinct().sorted().toList(),
                sorted.stream().map(ArticleProfile::language).filter(Objects::nonNull).distinct().sorted().toList(),
                Sources.count(sorted, rules),
                sorted.stream().map(ArticleProfile::published).flatMap(Optional::stream).map(DateRange::first).min(Comparator.naturalOrder())
                        .map(Object::toString).orElse(null),
                sorted.stream().map(ArticleProfile::published).flatMap(Optional::stream).map(DateRange::last).max(Comparator.naturalOrder())
                        .map(Object::toString).orElse(null),
                instances);
        return new Part(story, List.copyOf(mentions), List.copyOf(finder.withinStory(sorted, mentions)));
    }

    private List<EventInstance> mergeEvents(String storyId, List<EventMention> mentions, Map<String, ArticleProfile> articles) {
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
            out.add(instance(storyId, ms, articles));
        }
        out.sort(Comparator.comparing(EventInstance::id));
        return out;
    }

    private EventInstance instance(String storyId, List<EventMention> ms, Map<String, ArticleProfile> articles) {
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

    private static String mostFrequent(Collection<EventMention> ms, Function<EventMention, String> f) {
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

    private static final int UNTITLED_TITLE_CHARS = 100;

    /** The earliest title; when no article has one, the start of the earliest article's first sentence. */
    static String title(List<ArticleProfile> chronological) {
        for (ArticleProfile m : chronological) {
            String t = m.record().title();
            if (t != null && !t.isBlank()) {
                return t;
            }
        }
        ArticleRecord first = chronological.get(0).record();
        String text = first.text();
        if (text == null || text.isBlank()) {
            return null;
        }
        int end = first.sentences().isEmpty() ? text.length() : Math.min(text.length(), first.sentences().get(0).end());
        String sentence = text.substring(first.sentences().isEmpty() ? 0 : first.sentences().get(0).start(), end).strip();
        if (sentence.length() <= UNTITLED_TITLE_CHARS) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', UNTITLED_TITLE_CHARS);
        return sentence.substring(0, cut > 0 ? cut : UNTITLED_TITLE_CHARS) + "\u2026";
    }
}
