package org.kroniek.store;

import java.util.List;
import java.util.Map;

/**
 * One page of search hits, the total number of matches, and facet counts over all matches
 * (dimension name to its top values).
 */
public record SearchResult(long total, List<SearchHit> results, Map<String, List<FacetCount>> facets) {
    public SearchResult {
        results = List.copyOf(results);
        facets = Map.copyOf(facets);
    }

    /** A facet value and how many matching documents carry it. */
    public record FacetCount(String value, long count) {
    }
}
