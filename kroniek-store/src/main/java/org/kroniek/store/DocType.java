package org.kroniek.store;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kinds of searchable documents: an article and the entities, events and claims found in it. */
public enum DocType {
    ARTICLE, ENTITY, EVENT, CLAIM;

    /** The lower-case singular label used in the index and in JSON. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a label, singular or plural ({@code claim} or {@code claims}).
     *
     * @throws IllegalArgumentException naming the bad value and the accepted ones
     */
    public static DocType parse(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        for (DocType t : values()) {
            String single = t.label();
            String plural = t == ENTITY ? "entities" : single + "s";
            if (v.equals(single) || v.equals(plural)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown type '" + value + "': use articles, entities, events or claims");
    }
}
