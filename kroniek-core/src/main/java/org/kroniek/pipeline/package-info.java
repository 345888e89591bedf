/**
 * The extraction pipeline API: a {@link org.kroniek.pipeline.Pipeline} runs a chain of
 * {@link org.kroniek.pipeline.Stage}s over a {@link org.kroniek.pipeline.Document}, each stage
 * reading and writing typed {@link org.kroniek.pipeline.Layer}s, and assembles the record. The
 * CLI, the server and the Spark job all call the same pipeline.
 */
package org.kroniek.pipeline;
