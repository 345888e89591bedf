package org.kroniek.merge;

import java.util.List;

/**
 * Articles about one story, across outlets and languages.
 *
 * @param id       {@code story:<earliest article id>}: stable across ingest orders
 * @param title    the earliest article's title
 * @param articles member article ids, earliest first
 * @param outlets  distinct outlets, sorted
 * @param sources  independent sources: distinct outlets, wire copies counted once
 * @param from     the first day of publication of its articles ({@code 2022-03-02}), or null when none is dated
 * @param to       the last day of publication, or null
 * @param events   the story's event instances, by id
 */
public record Story(String id, String title, List<String> articles, List<String> outlets, List<String> languages,
                    int sources, String from, String to, List<EventInstance> events) {
    public Story {
        articles = List.copyOf(articles);
        outlets = List.copyOf(outlets);
        languages = List.copyOf(languages);
        events = List.copyOf(events);
    }
}
