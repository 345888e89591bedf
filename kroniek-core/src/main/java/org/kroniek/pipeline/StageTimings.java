package org.kroniek.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Time spent per stage, summed over all documents and threads; for benchmarks. */
public final class StageTimings {
    private final Map<String, LongAdder> nanos = new LinkedHashMap<>();

    StageTimings(Iterable<Stage> stages) {
        for (Stage s : stages) {
            nanos.put(s.name(), new LongAdder());
        }
    }

    void add(String stage, long elapsedNanos) {
        nanos.get(stage).add(elapsedNanos);
    }

    /** Stage name to total nanoseconds, in pipeline order. */
    public Map<String, Long> snapshot() {
        Map<String, Long> out = new LinkedHashMap<>();
        nanos.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }
}
