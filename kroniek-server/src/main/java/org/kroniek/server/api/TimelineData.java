package org.kroniek.server.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kroniek.store.DocType;
import org.kroniek.store.RecordStore;
import org.kroniek.store.SearchHit;
import org.kroniek.store.SearchQuery;

/**
 * Events per day and type for the timeline chart: the days in order and, per event type, one
 * count per day. Events dated only to a month or year count on its first day and are counted
 * apart in {@code coarse}.
 */
public record TimelineData(long total, long shown, long coarse, List<String> days, List<Series> series) {
    static final int MAX_EVENTS = 20_000;
    private static final int MAX_FILLED_DAYS = 366;

    /** The counts of one event type, aligned with {@code days}. */
    public record Series(String type, List<Long> counts) {
    }

    /** Every day from the first to the last (when at most a year apart), so bars stand where they happened. */
    private static List<String> continuous(List<String> days) {
        if (days.size() < 2) {
            return days;
        }
        java.time.LocalDate first = java.time.LocalDate.parse(days.get(0));
        java.time.LocalDate last = java.time.LocalDate.parse(days.get(days.size() - 1));
        if (first.plusDays(MAX_FILLED_DAYS).isBefore(last)) {
            return days;
        }
        List<String> all = new ArrayList<>();
        for (java.time.LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            all.add(d.toString());
        }
        return all;
    }

    public static TimelineData of(RecordStore store, SearchQuery filters) throws IOException {
        var result = store.search(filters.withType(DocType.EVENT).withPage(0, MAX_EVENTS));
        Map<String, Map<String, Long>> byType = new TreeMap<>();
        TreeMap<String, Boolean> days = new TreeMap<>();
        long coarse = 0;
        for (SearchHit h : result.results()) {
            if (h.date() == null) {
                continue;
            }
            String day = h.date().length() >= 10 ? h.date().substring(0, 10)
                    : h.date().length() == 7 ? h.date() + "-01" : h.date().substring(0, 4) + "-01-01";
            if (h.date().length() < 10) {
                coarse++;
            }
            days.put(day, true);
            byType.computeIfAbsent(String.valueOf(h.data().get("eventType")), k -> new TreeMap<>()).merge(day, 1L, Long::sum);
        }
        List<String> dayList = continuous(new ArrayList<>(days.keySet()));
        List<Series> series = new ArrayList<>();
        byType.forEach((type, counts) -> series.add(new Series(type,
                dayList.stream().map(d -> counts.getOrDefault(d, 0L)).toList())));
        long shown = result.results().stream().filter(h -> h.date() != null).count();
        return new TimelineData(result.total(), shown, coarse, dayList, series);
    }
}
