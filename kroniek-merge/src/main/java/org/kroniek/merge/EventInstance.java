package org.kroniek.merge;

import java.util.List;
import org.kroniek.record.EventType;

/**
 * One real event, merged from the mentions of several articles. Actor, recipient and location
 * are the ids the mentions agree on (the most frequent known one); {@code dates} is the narrowest
 * range a mention gives.
 *
 * @param id       {@code <earliest article id>#<its event id>}: stable across ingest orders
 * @param articles the distinct articles that report it, sorted
 * @param sources  independent sources: distinct outlets, wire copies counted once
 */
public record EventInstance(String id, String story, EventType type, String actor, String recipient,
                            String location, String dates, boolean negated, boolean hypothetical,
                            List<String> articles, int sources, List<EventMention> mentions) {
    public EventInstance {
        articles = List.copyOf(articles);
        mentions = List.copyOf(mentions);
    }
}
