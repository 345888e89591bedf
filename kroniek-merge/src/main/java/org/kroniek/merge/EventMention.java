package org.kroniek.merge;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.kroniek.record.Event;
import org.kroniek.record.EventType;
import org.kroniek.record.Place;

/**
 * One event as one article reports it, with its location resolved to a place and its time to
 * days (the article's publication day or the day before when the event has no time of its own).
 *
 * @param article   the article id
 * @param outlet    the article's outlet ({@link Outlets})
 * @param event     the event id in the article's record
 * @param place     coordinates of the location entity, when geocoded
 * @param dates     the days the event may have happened on, when known
 * @param evidence  the sentence-level evidence text
 */
public record EventMention(String article, String outlet, String event, EventType type, String actor,
                           String recipient, String location, Place place, @JsonIgnore Optional<DateRange> dates,
                           boolean negated, boolean hypothetical, List<String> claims, String evidence) {

    static EventMention of(ArticleProfile a, Event e) {
        Place place = null;
        if (e.location() != null) {
            place = a.record().entities().stream().filter(x -> x.id().equals(e.location()) && x.place() != null)
                    .map(x -> x.place()).findFirst().orElse(null);
        }
        Optional<DateRange> dates = Optional.empty();
        if (e.time() != null) {
            dates = a.record().times().stream().filter(t -> t.id().equals(e.time())).findFirst()
                    .flatMap(t -> DateRange.parse(t.value()));
        }
        if (dates.isEmpty()) {
            // an event reported without a time happened on the publication day or the day before
            dates = a.published().map(p -> new DateRange(p.first().minusDays(1), p.last()));
        }
        return new EventMention(a.id(), a.outlet(), e.id(), e.type(), e.actor(), e.recipient(), e.location(),
                place, dates, e.negated(), e.hypothetical(), e.claims(), e.evidence().text());
    }

    /** @return the days as text ({@code 2022-03-01..2022-03-31}), or null */
    @JsonProperty("dates")
    public String datesText() {
        return dates.map(DateRange::toString).orElse(null);
    }

    /** @return article id and event id, the mention's key */
    @JsonIgnore
    public String key() {
        return article + "#" + event;
    }
}
