package org.kroniek.store;

import java.time.LocalDate;

/**
 * A search: free text (Lucene simple query syntax; blank matches everything) and filters, each
 * null when unused. Dates are inclusive. Results are paged by {@code offset} and {@code limit}.
 */
public record SearchQuery(String text, DocType type, LocalDate from, LocalDate to, String place, String entity,
                          String status, String eventType, int offset, int limit) {
    public SearchQuery {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0: " + offset);
        }
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0: " + limit);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("date range ends before it starts: " + from + " .. " + to);
        }
    }

    /** All documents of a type (or all types for null), first page of {@code limit}. */
    public static SearchQuery all(DocType type, int limit) {
        return new SearchQuery(null, type, null, null, null, null, null, null, 0, limit);
    }

    /** Free text over all types, first page of {@code limit}. */
    public static SearchQuery text(String text, int limit) {
        return new SearchQuery(text, null, null, null, null, null, null, null, 0, limit);
    }

    public SearchQuery withType(DocType newType) {
        return new SearchQuery(text, newType, from, to, place, entity, status, eventType, offset, limit);
    }

    public SearchQuery withPage(int newOffset, int newLimit) {
        return new SearchQuery(text, type, from, to, place, entity, status, eventType, newOffset, newLimit);
    }
}
