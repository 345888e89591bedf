package org.kroniek.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A growing set of non-overlapping half-open spans that answers "does this span overlap one of
 * them?" in logarithmic time, so that keeping the longest of many overlapping mentions stays
 * {@code O(n log n)} on long texts. Two spans overlap when each starts before the other ends.
 */
final class DisjointSpans {
    private final TreeMap<Integer, Integer> nonEmpty = new TreeMap<>();
    private final List<Integer> empty = new ArrayList<>();

    boolean overlaps(int start, int end) {
        if (start >= end) {
            Map.Entry<Integer, Integer> before = nonEmpty.floorEntry(start - 1);
            return before != null && before.getValue() > start;
        }
        // Kept spans are disjoint, so only the one starting last before `end` can reach past `start`.
        Map.Entry<Integer, Integer> last = nonEmpty.floorEntry(end - 1);
        if (last != null && last.getValue() > start) {
            return true;
        }
        for (int p : empty) {
            if (start < p && p < end) {
                return true;
            }
        }
        return false;
    }

    /** Adds a span that does not overlap any already added. */
    void add(int start, int end) {
        if (start >= end) {
            empty.add(start);
        } else {
            nonEmpty.put(start, end);
        }
    }
}
