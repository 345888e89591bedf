package org.kroniek.nlp.ner;

import java.util.Objects;

/**
 * A name over tokens [start, end) with its CoNLL type (PER, ORG, LOC, MISC), a probability and
 * the tagger it came from ({@code "model"}, {@code "gazetteer"}, ...).
 */
public record NameSpan(int start, int end, String type, double probability, String origin) {
    public NameSpan {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(origin, "origin");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public boolean overlaps(NameSpan o) {
        return start < o.end && o.start < end;
    }
}
