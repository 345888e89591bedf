package org.kroniek.merge;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The stories as connected groups of linked articles, with their event instances and
 * contradictions, kept up to date by regrouping only around the articles whose links changed:
 * the groups those articles were in and the groups their links now reach are taken apart and
 * rebuilt, every other group keeps its assembled story. Broken promises, the one kind of
 * contradiction across stories, are indexed by actor so that a new promise or assault is compared
 * only with the assaults or promises of its actor.
 */
final class Grouping {
    static final Comparator<Story> LARGEST_FIRST = Comparator.comparingInt((Story s) -> -s.articles().size())
            .thenComparing(Story::id);
    static final Comparator<Contradiction> ORDER = Comparator.comparing(Contradiction::kind)
            .thenComparing(Contradiction::first).thenComparing(Contradiction::second).thenComparing(Contradiction::reason);

    private final StoryAssembler assembler;
    private final ContradictionFinder finder;
    private final Map<String, StoryAssembler.Part> partOf = new HashMap<>();
    private final Map<String, StoryAssembler.Part> partById = new HashMap<>();
    private final TreeSet<Story> stories = new TreeSet<>(LARGEST_FIRST);
    private final TreeMap<String, EventInstance> events = new TreeMap<>();
    private final Map<String, EventInstance> eventByKey = new HashMap<>();
    private final TreeSet<Contradiction> contradictions = new TreeSet<>(ORDER);
    private final Map<String, Set<EventMention>> promisesByActor = new HashMap<>();
    private final Map<String, Set<EventMention>> assaultsByActor = new HashMap<>();
    private final Map<String, Set<Contradiction>> brokenByMention = new HashMap<>();

    Grouping(StoryAssembler assembler, ContradictionFinder finder) {
        this.assembler = assembler;
        this.finder = finder;
    }

    /**
     * @param linksChanged articles whose story links may differ from the last regrouping
     * @param contentChanged articles added or replaced since then (their stories are assembled anew)
     * @param links        an article's linked articles (symmetric)
     * @param articles     every article by id
     */
    void regroup(Collection<String> linksChanged, Set<String> contentChanged, Function<String, Collection<String>> links,
                 Map<String, ArticleProfile> articles) {
        Map<StoryAssembler.Part, Boolean> taken = new IdentityHashMap<>();
        Deque<String> seeds = new ArrayDeque<>(linksChanged);
        Set<String> visited = new HashSet<>();
        List<List<String>> groups = new ArrayList<>();
        while (!seeds.isEmpty()) {
            String seed = seeds.poll();
            if (!visited.add(seed)) {
                continue;
            }
            List<String> group = new ArrayList<>();
            Deque<String> queue = new ArrayDeque<>();
            queue.add(seed);
            while (!queue.isEmpty()) {
                String x = queue.poll();
                group.add(x);
                StoryAssembler.Part old = partOf.get(x);
                if (old != null && taken.put(old, Boolean.TRUE) == null) {
                    // the rest of x's old group must be regrouped too: it may have lost its link through x
                    seeds.addAll(old.story().articles());
                }
                for (String y : links.apply(x)) {
                    if (visited.add(y)) {
                        queue.add(y);
                    }
                }
            }
            group.sort(null);
            groups.add(group);
        }
        Map<List<String>, StoryAssembler.Part> reusable = new HashMap<>();
        for (StoryAssembler.Part old : taken.keySet()) {
            List<String> members = new ArrayList<>(old.story().articles());
            members.sort(null);
            if (members.stream().noneMatch(contentChanged::contains)) {
                reusable.put(members, old);
            }
        }
        List<List<String>> rebuilt = new ArrayList<>();
        for (List<String> group : groups) {
            StoryAssembler.Part same = reusable.get(group);
            if (same != null) {
                // the same articles, none changed: the part stays where it is
                taken.remove(same);
            } else {
                rebuilt.add(group);
            }
        }
        taken.keySet().forEach(this::remove);
        for (List<String> group : rebuilt) {
            add(assembler.assemble(group.stream().map(articles::get).toList()));
        }
    }

    private void remove(StoryAssembler.Part part) {
        Story s = part.story();
        stories.remove(s);
        partById.remove(s.id());
        s.articles().forEach(partOf::remove);
        for (EventInstance e : s.events()) {
            events.remove(e.id());
            eventByKey.remove(e.id());
            e.mentions().forEach(m -> eventByKey.remove(m.key()));
        }
        part.contradictions().forEach(contradictions::remove);
        for (EventMention m : part.mentions()) {
            unindex(promisesByActor, m);
            unindex(assaultsByActor, m);
            for (Contradiction c : brokenByMention.getOrDefault(m.key(), Set.of())) {
                contradictions.remove(c);
                String other = c.first().article().equals(m.article()) && c.first().item().equals(m.event())
                        ? c.second().article() + "#" + c.second().item() : c.first().article() + "#" + c.first().item();
                Set<Contradiction> set = brokenByMention.get(other);
                if (set != null) {
                    set.remove(c);
                }
            }
            brokenByMention.remove(m.key());
        }
    }

    private static void unindex(Map<String, Set<EventMention>> byActor, EventMention m) {
        Set<EventMention> set = m.actor() == null ? null : byActor.get(m.actor());
        if (set != null && set.remove(m) && set.isEmpty()) {
            byActor.remove(m.actor());
        }
    }

    private void add(StoryAssembler.Part part) {
        Story s = part.story();
        stories.add(s);
        partById.put(s.id(), part);
        s.articles().forEach(a -> partOf.put(a, part));
        for (EventInstance e : s.events()) {
            events.put(e.id(), e);
            eventByKey.put(e.id(), e);
        }
        for (EventInstance e : s.events()) {
            e.mentions().forEach(m -> eventByKey.putIfAbsent(m.key(), e));
        }
        contradictions.addAll(part.contradictions());
        for (EventMention m : part.mentions()) {
            if (ContradictionFinder.promise(m)) {
                promisesByActor.computeIfAbsent(m.actor(), k -> new HashSet<>()).add(m);
                assaultsByActor.getOrDefault(m.actor(), Set.of()).forEach(a -> broken(m, a));
            }
            if (ContradictionFinder.assault(m)) {
                assaultsByActor.computeIfAbsent(m.actor(), k -> new HashSet<>()).add(m);
                promisesByActor.getOrDefault(m.actor(), Set.of()).forEach(p -> broken(p, m));
            }
        }
    }

    private void broken(EventMention promise, EventMention assault) {
        finder.broken(promise, assault).ifPresent(c -> {
            contradictions.add(c);
            brokenByMention.computeIfAbsent(promise.key(), k -> new HashSet<>()).add(c);
            brokenByMention.computeIfAbsent(assault.key(), k -> new HashSet<>()).add(c);
        });
    }

    Collection<Story> stories() {
        return stories;
    }

    Collection<EventInstance> events() {
        return events.values();
    }

    Collection<Contradiction> contradictions() {
        return contradictions;
    }

    EventInstance event(String key) {
        return eventByKey.get(key);
    }

    Story story(String id) {
        StoryAssembler.Part p = partById.get(id);
        return p == null ? null : p.story();
    }

    Story storyOf(String articleId) {
        StoryAssembler.Part p = partOf.get(articleId);
        return p == null ? null : p.story();
    }

    /** @return the story's own contradictions and the broken promises one of its events takes part in, sorted */
    List<Contradiction> contradictions(String storyId) {
        StoryAssembler.Part p = partById.get(storyId);
        if (p == null) {
            return List.of();
        }
        TreeSet<Contradiction> out = new TreeSet<>(ORDER);
        out.addAll(p.contradictions());
        p.mentions().forEach(m -> out.addAll(brokenByMention.getOrDefault(m.key(), Set.of())));
        return List.copyOf(out);
    }
}
