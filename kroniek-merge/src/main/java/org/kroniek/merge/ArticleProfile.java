package org.kroniek.merge;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.Entity;
import org.kroniek.record.EntityType;
import org.kroniek.record.Event;
import org.kroniek.record.EventType;

/**
 * What story clustering needs of one article, computed once: outlet, language, publication
 * days, canonical entity ids (persons, organisations, places), event types and text shingles.
 */
record ArticleProfile(ArticleRecord record, String outlet, String language, Optional<DateRange> published,
                      Set<String> entities, Set<EventType> eventTypes, Set<Long> shingles, long[] signature) {

    static ArticleProfile of(ArticleRecord r) {
        Map<String, Entity> ents = new TreeMap<>();
        for (Entity e : r.entities()) {
            if (e.type() != EntityType.MISC) {
                ents.put(e.id(), e);
            }
        }
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (Event e : r.events()) {
            types.add(e.type());
        }
        Set<Long> sh = Shingles.of(r.text());
        return new ArticleProfile(r, Outlets.of(r), r.language(),
                r.published() == null ? Optional.empty() : DateRange.parse(r.published().value()),
                Set.copyOf(ents.keySet()), Set.copyOf(types), sh, Shingles.signature(sh));
    }

    String id() {
        return record.id();
    }

    /** Orders articles by publication (undated last), then id: the "earliest member" of a group. */
    static int chronological(ArticleProfile a, ArticleProfile b) {
        int c;
        if (a.published.isPresent() && b.published.isPresent()) {
            c = a.published.get().compareTo(b.published.get());
        } else {
            c = Boolean.compare(a.published.isEmpty(), b.published.isEmpty());
        }
        return c != 0 ? c : a.id().compareTo(b.id());
    }

    boolean sameLanguage(ArticleProfile o) {
        return language != null && language.equals(o.language);
    }
}
