package org.kroniek.server.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kroniek.store.DocType;
import org.kroniek.store.RecordStore;
import org.kroniek.store.SearchHit;
import org.kroniek.store.SearchQuery;
import org.kroniek.server.ui.Urls;

/**
 * Markers for the map: geocoded events (at their location's coordinates, linking to the evidence
 * in the article) and geocoded places (one marker per canonical place, linking to its page).
 * {@code precision} is ACLED's geo precision of the coordinates (1 town, 2 near/part of region,
 * 3 region or country).
 */
public record MapData(List<Marker> markers) {
    static final int MAX_DOCS = 5_000;

    /** One marker; {@code kind} is {@code event} or {@code place}. */
    public record Marker(String kind, double lat, double lon, int precision, String label, String detail,
                         List<String> status, String date, String href, long count) {
    }

    public static MapData of(RecordStore store, SearchQuery filters) throws IOException {
        List<Marker> markers = new ArrayList<>();
        for (SearchHit h : store.search(filters.withType(DocType.EVENT).withPage(0, MAX_DOCS)).results()) {
            Map<?, ?> place = h.data().get("place") instanceof Map<?, ?> m ? m : null;
            if (place == null) {
                continue;
            }
            String local = String.valueOf(h.data().get("local"));
            String detail = (h.title() == null ? "" : h.title()) + " — " + String.valueOf(h.data().get("evidence"));
            markers.add(new Marker("event", num(place, "lat"), num(place, "lon"), (int) num(place, "precision"),
                    h.data().get("eventType") + " · " + h.data().get("location"), detail, strings(h.data().get("status")),
                    h.date(), Urls.articleAt(h.article(), "event-" + local), 1));
        }
        Map<String, Marker> places = new LinkedHashMap<>();
        for (SearchHit h : store.search(filters.withType(DocType.ENTITY).withPage(0, MAX_DOCS)).results()) {
            Map<?, ?> place = h.data().get("place") instanceof Map<?, ?> m ? m : null;
            if (place == null) {
                continue;
            }
            String key = String.valueOf(h.data().get("key"));
            Marker seen = places.get(key);
            long count = seen == null ? 1 : seen.count() + 1;
            places.put(key, new Marker("place", num(place, "lat"), num(place, "lon"), (int) num(place, "precision"),
                    String.valueOf(h.data().get("name")), place.get("kind") == null ? "place" : String.valueOf(place.get("kind")),
                    List.of(), seen == null ? h.date() : seen.date(), Urls.entity(key), count));
        }
        markers.addAll(places.values());
        return new MapData(markers);
    }

    private static double num(Map<?, ?> m, String key) {
        return m.get(key) instanceof Number n ? n.doubleValue() : 0;
    }

    private static List<String> strings(Object o) {
        return o instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }
}
