package org.kroniek.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.kroniek.ingest.Input;
import org.kroniek.ingest.Inputs;
import org.kroniek.ingest.ReadItem;
import org.kroniek.ingest.ReaderOptions;
import org.kroniek.pipeline.Pipeline;
import org.kroniek.record.ArticleRecord;
import org.kroniek.store.RecordStore;
import org.kroniek.text.Article;

/**
 * Reads inputs, extracts their records and stores them in batches: each batch is analyzed (in
 * parallel), put and committed as a whole, so an interrupted run keeps every committed batch and
 * re-running it completes the rest without duplicates.
 */
final class IngestRun {
    private final Pipeline pipeline;
    private final RecordStore store;
    private final int batchSize;
    private final int threads;
    private final PrintStream err;
    private final Consumer<Summary> progress;
    private final Set<String> seen = new HashSet<>();

    IngestRun(Pipeline pipeline, RecordStore store, int batchSize, int threads, PrintStream err, Consumer<Summary> progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.pipeline = pipeline;
        this.store = store;
        this.batchSize = batchSize;
        this.threads = threads;
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

    Summary run(List<String> paths, ReaderOptions options) throws IOException {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return run(paths, options, pool);
        } finally {
            pool.shutdownNow();
        }
    }

    private Summary run(List<String> paths, ReaderOptions options, ForkJoinPool pool) throws IOException {
        List<Input> inputs = Inputs.resolve(paths);
        Summary s = new Summary();
        s.files = inputs.size();
        List<Article> pending = new ArrayList<>();
        String lastFile = null;
        try (Stream<ReadItem> items = Inputs.read(inputs, options)) {
            for (var it = items.iterator(); it.hasNext(); ) {
                ReadItem item = it.next();
                if (!item.file().equals(lastFile)) {
                    if (lastFile != null) {
                        s.filesDone++;
                    }
                    lastFile = item.file();
                }
                if (item instanceof ReadItem.Found found) {
                    pending.add(found.article());
                } else if (item instanceof ReadItem.Failure failure) {
                    s.failed++;
                    err.println("kroniek ingest: " + failure.describe());
                } else if (item instanceof ReadItem.Warning warning) {
                    err.println("kroniek ingest: " + warning.describe());
                }
                if (pending.size() >= batchSize) {
                    flush(pending, s, pool);
                }
            }
        }
        s.filesDone = s.files;
        flush(pending, s, pool);
        progress.accept(s);
        return s;
    }

    private void flush(List<Article> pending, Summary s, ForkJoinPool pool) throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        // a parallel stream started inside the pool runs on the pool's threads, not the common pool
        List<Object> results = pool.submit(() -> pending.parallelStream().map(a -> {
            try {
                return (Object) pipeline.process(a);
            } catch (RuntimeException e) {
                return a.source().path() + ": " + e;
            }
        }).toList()).join();
        for (Object r : results) {
            s.read++;
            if (r instanceof ArticleRecord record) {
                if (!seen.add(record.id())) {
                    // the same article (same normalized text) again in this run: the first copy is
                    // kept, so a re-run finds everything unchanged
                    s.duplicates++;
                    continue;
                }
                switch (store.put(record)) {
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
