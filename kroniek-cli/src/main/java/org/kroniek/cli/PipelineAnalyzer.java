package org.kroniek.cli;

import org.kroniek.ingest.DatedTextReader;
import org.kroniek.pipeline.Pipeline;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.Source;
import org.kroniek.server.ArticleAnalyzer;

/** Analyzes articles posted to the server: reads the body and runs the standard pipeline. */
final class PipelineAnalyzer implements ArticleAnalyzer {
    private final Pipeline pipeline;

    PipelineAnalyzer(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public ArticleRecord analyze(String body, String contentType) {
        if (!contentType.equals("text/plain")) {
            throw new IllegalArgumentException("unsupported content type " + contentType
                    + ": send text/plain or a record as application/json");
        }
        if (body.isBlank()) {
            throw new IllegalArgumentException("empty article");
        }
        return pipeline.process(DatedTextReader.read(body, new Source(null, null, null, null)));
    }
}
