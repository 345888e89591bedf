package org.kroniek.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * The record of one article: its text with paragraphs and sentences, and what was extracted
 * from it. {@code problems} lists (capped) what went wrong while extracting, if anything.
 */
public record ArticleRecord(String id, Source source, String title, String language, Published published,
                            String text, List<Paragraph> paragraphs, List<Span> sentences,
                            List<Entity> entities, List<TimeExpression> times, List<Claim> claims,
                            List<Event> events, List<Figure> figures,
                            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> problems) {
    public ArticleRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        paragraphs = copy(paragraphs);
        sentences = copy(sentences);
        entities = copy(entities);
        times = copy(times);
        claims = copy(claims);
        events = copy(events);
        figures = copy(figures);
        problems = copy(problems);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
