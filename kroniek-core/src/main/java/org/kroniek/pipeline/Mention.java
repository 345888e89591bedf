package org.kroniek.pipeline;

import java.util.Objects;
import org.kroniek.record.EntityType;
import org.kroniek.record.Span;

/**
 * A name found in the text, before it is resolved to an entity. {@code origin} says which
 * tagger found it (for instance {@code "model"} or {@code "gazetteer"}).
 */
public record Mention(int start, int end, String text, EntityType type, double probability, String origin) {
    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
    }

    public Span span() {
        return new Span(start, end);
    }
}
