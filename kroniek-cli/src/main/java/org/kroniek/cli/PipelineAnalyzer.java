package org.kroniek.cli;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.kroniek.ingest.Input;
import org.kroniek.ingest.Inputs;
import org.kroniek.ingest.ReadItem;
import org.kroniek.ingest.ReaderOptions;
import org.kroniek.pipeline.Pipeline;
import org.kroniek.record.ArticleRecord;
import org.kroniek.server.ArticleAnalyzer;

/**
 * Analyzes articles posted to the server: reads the body with the ingest readers (the content
 * type names the format; an unknown one is recognised by content) and runs the standard pipeline.
 */
final class PipelineAnalyzer implements ArticleAnalyzer {
    /** Content types and the file name whose extension tells the readers the format. */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("text/plain", "upload.txt"), Map.entry("text/html", "upload.html"),
            Map.entry("application/xhtml+xml", "upload.html"), Map.entry("application/rss+xml", "upload.rss"),
            Map.entry("application/atom+xml", "upload.atom"), Map.entry("application/xml", "upload.xml"),
            Map.entry("text/xml", "upload.xml"), Map.entry("text/csv", "upload.csv"),
            Map.entry("application/x-ndjson", "upload.jsonl"), Map.entry("application/jsonl", "upload.jsonl"),
            Map.entry("application/warc", "upload.warc"));

    private final Pipeline pipeline;

    PipelineAnalyzer(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public Analysis analyze(byte[] body, String contentType) {
        String name = NAMES.getOrDefault(contentType.toLowerCase(Locale.ROOT), "upload");
        List<ArticleRecord> records = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Input input = Input.stream(name, new ByteArrayInputStream(body));
        try (Stream<ReadItem> items = Inputs.read(List.of(input), ReaderOptions.defaults())) {
            items.forEach(item -> {
                if (item instanceof ReadItem.Found found) {
                    records.add(pipeline.process(found.article()));
                } else if (item instanceof ReadItem.Failure failure) {
                    problems.add(failure.describe());
                }
            });
        }
        return new Analysis(records, problems);
    }
}
