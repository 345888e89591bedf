package org.kroniek.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.kroniek.ingest.ArticleSink;
import org.kroniek.pipeline.Pipeline;
import org.kroniek.record.ArticleRecord;
import org.kroniek.store.PutResult;
import org.kroniek.store.RecordStore;
import org.kroniek.text.Article;

/**
 * Reads files, extracts their records and stores them in batches: each batch is analyzed (in
 * parallel), put and committed as a whole, so an interrupted run keeps every committed batch and
 * re-running it completes the rest without duplicates.
 */
final class IngestRun {
    private final Pipeline pipeline;
    private final RecordStore store;
    private final int batchSize;
    private final PrintStream err;
    private final Consumer<Summary> progress;
    private final Set<String> seen = new HashSet<>();

    IngestRun(Pipeline pipeline, RecordStore store, int batchSize, PrintStream err, Consumer<Summary> progress) {
        this.pipeline = pipeline;
        this.store = store;
        this.batchSize = batchSize;
        this.err = err;
        this.progress = progress;
    }

    /**
     * Counts of one run. {@code duplicates} were stored already exactly as read, or repeat an
     * article read earlier in the same run.
     */
    static final class Summary {
        int files;
        int filesDone;
        int read;
        int added;
        int updated;
        int duplicates;
        int failed;
        int batches;

        @Override
        public String toString() {
            return "read " + read + ", new " + added + ", updated " + updated + ", duplicates " + duplicates
                    + ", failed " + failed;
        }
    }

    Summary run(List<Path> files) throws IOException {
        Summary s = new Summary();
        s.files = files.size();
        List<Article> pending = new ArrayList<>();
        ArticleSink sink = new ArticleSink() {
            @Override
            public void article(Article article) {
                pending.add(article);
            }

            @Override
            public void failure(String file, Integer record, String reason) {
                s.failed++;
                err.println("kroniek ingest: " + file + (record == null ? "" : " record " + record) + ": " + reason);
            }
        };
        for (Path file : files) {
            ArticleFiles.read(file, sink);
            s.filesDone++;
            if (pending.size() >= batchSize) {
                flush(pending, s);
            }
        }
        flush(pending, s);
        return s;
    }

    private void flush(List<Article> pending, Summary s) throws IOException {
        if (pending.isEmpty()) {
            progress.accept(s);
            return;
        }
        List<Object> results = pending.parallelStream().map(a -> {
            try {
                return (Object) pipeline.process(a);
            } catch (RuntimeException e) {
                return a.source().path() + ": " + e;
            }
        }).toList();
        for (Object r : results) {
            s.read++;
            if (r instanceof ArticleRecord record) {
                if (!seen.add(record.id())) {
                    // the same article (same normalized text) from a second file or record of this run:
                    // the first copy is kept, so a re-run finds everything unchanged
                    s.duplicates++;
                    continue;
                }
                PutResult put = store.put(record);
                switch (put) {
                    case NEW -> s.added++;
                    case UPDATED -> s.updated++;
                    case UNCHANGED -> s.duplicates++;
                }
            } else {
                s.failed++;
                err.println("kroniek ingest: " + r);
            }
        }
        store.commit();
        s.batches++;
        pending.clear();
        progress.accept(s);
    }
}
