package org.kroniek.spark;

import org.kroniek.extract.StandardPipeline;
import org.kroniek.pipeline.Pipeline;

/**
 * The standard pipeline, built once per executor JVM on first use (models, lexicons and
 * gazetteers load once, not per record or per task) and shared by the executor's task threads,
 * which {@link Pipeline} allows. The language detector is the reader's own JVM-wide singleton.
 */
final class ExecutorPipeline {
    private ExecutorPipeline() {
    }

    static Pipeline get() {
        return Holder.PIPELINE;
    }

    private static final class Holder {
        static final Pipeline PIPELINE = StandardPipeline.create();
    }
}
