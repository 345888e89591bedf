package org.kroniek.pipeline;

/**
 * One step of the extraction pipeline. A stage reads layers written by earlier stages and
 * writes its own. Stages are shared between threads: {@link #process} must be thread-safe.
 */
public interface Stage {
    /** A short name for timings and problem reports, such as {@code "ner"}. */
    String name();

    void process(Document document);
}
