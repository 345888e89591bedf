package org.kroniek.merge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Articles by publication day and by (key, day), where keys are entity ids or lead words: the
 * postings that give story candidates and the document frequencies of a key around a day, so
 * that how common "Ukraine" is gets judged among the articles of the same weeks, and adding an
 * article changes statistics only near its day. Undated articles share one day of their own
 * ({@link #UNDATED}), far from every real day.
 */
final class DayIndex {
    /** The day key of undated articles: no window around a real day reaches it. */
    static final long UNDATED = Long.MIN_VALUE / 4;

    private final TreeMap<Long, Set<String>> byDay = new TreeMap<>();
    private final Map<String, TreeMap<Long, Set<String>>> byEntity = new HashMap<>();

    void add(ArticleProfile p, Set<String> keys) {
        byDay.computeIfAbsent(p.day(), k -> new TreeSet<>()).add(p.id());
        for (String e : keys) {
            byEntity.computeIfAbsent(e, k -> new TreeMap<>()).computeIfAbsent(p.day(), k -> new TreeSet<>()).add(p.id());
        }
    }

    void remove(ArticleProfile p, Set<String> keys) {
        removeFrom(byDay, p.day(), p.id());
        for (String e : keys) {
            TreeMap<Long, Set<String>> days = byEntity.get(e);
            if (days != null) {
                removeFrom(days, p.day(), p.id());
                if (days.isEmpty()) {
                    byEntity.remove(e);
                }
            }
        }
    }

    private static void removeFrom(TreeMap<Long, Set<String>> days, long day, String id) {
        Set<String> s = days.get(day);
        if (s != null && s.remove(id) && s.isEmpty()) {
            days.remove(day);
        }
    }

    /** @return articles published from day {@code lo} to {@code hi}, both included */
    int n(long lo, long hi) {
        return count(byDay.subMap(lo, true, hi, true));
    }

    /** @return articles naming {@code entity} published from day {@code lo} to {@code hi} */
    int df(String entity, long lo, long hi) {
        TreeMap<Long, Set<String>> days = byEntity.get(entity);
        return days == null ? 0 : count(days.subMap(lo, true, hi, true));
    }

    /** @return ids of the articles naming {@code entity} published from day {@code lo} to {@code hi} */
    List<String> articles(String entity, long lo, long hi) {
        TreeMap<Long, Set<String>> days = byEntity.get(entity);
        List<String> out = new ArrayList<>();
        if (days != null) {
            days.subMap(lo, true, hi, true).values().forEach(out::addAll);
        }
        return out;
    }

    /** @return ids of the articles published from day {@code lo} to {@code hi} */
    List<String> articles(long lo, long hi) {
        List<String> out = new ArrayList<>();
        byDay.subMap(lo, true, hi, true).values().forEach(out::addAll);
        return out;
    }

    private static int count(NavigableMap<Long, Set<String>> days) {
        int n = 0;
        for (Collection<String> s : days.values()) {
            n += s.size();
        }
        return n;
    }
}
