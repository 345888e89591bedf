package org.kroniek.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.kroniek.extract.StandardPipeline;
import org.kroniek.ingest.Inputs;
import org.kroniek.ingest.ReadItem;
import org.kroniek.ingest.ReaderOptions;
import org.kroniek.merge.MergeConfig;
import org.kroniek.merge.StoryIndex;
import org.kroniek.pipeline.Pipeline;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.RecordJson;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Options shared by {@code stories} and {@code event}: where the articles come from (articles run
 * through the standard extraction, or records already extracted), and a {@link StoryIndex} built from them.
 */
final class StoryLoader {
    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Articles (any format extract reads), or with --records, record JSON Lines files. "
                    + "Without PATH, the records of the store (--data).")
    List<String> paths = new ArrayList<>();

    @Option(names = "--data", paramLabel = "DIR",
            description = "Read the records of the store in DIR (default when no PATH is given: ./" + DataDir.DEFAULT + ").")
    Path data;

    @Option(names = "--records", description = "PATHs are records as `extract --format jsonl` writes them: merge without extracting.")
    boolean records;

    @Option(names = "--window", paramLabel = "DAYS", defaultValue = "3",
            description = "Articles published more than DAYS apart are never one story. Default: ${DEFAULT-VALUE}.")
    int windowDays;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--timing", description = "Print on standard error how long each add to the story index took (median, p99, max), "
            + "the first full grouping, and adding one more article (the last one read, held back) to the grouped index and regrouping.")
    boolean timing;

    /** Counts of what was read, for the summary line. */
    int failures;

    private final List<Long> addNanos = new ArrayList<>();
    /** With --timing, the last record read waits here to be added after the first grouping. */
    private ArticleRecord held;

    private void add(StoryIndex index, ArticleRecord record) {
        if (timing) {
            ArticleRecord previous = held;
            held = record;
            if (previous == null) {
                return;
            }
            record = previous;
        }
        long t0 = System.nanoTime();
        index.add(record);
        addNanos.add(System.nanoTime() - t0);
    }

    /**
     * With --timing: groups the index once (timed), then adds the held-back last article and
     * regroups (timed: the incremental cost of one more article), printing both; wall and thread CPU time.
     */
    private void timeOneMore(StoryIndex index, PrintStream err) {
        if (held == null) {
            return;
        }
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long w0 = System.nanoTime();
        long c0 = cpu.getCurrentThreadCpuTime();
        int before = index.stories().size();
        long groupWall = System.nanoTime() - w0;
        long groupCpu = cpu.getCurrentThreadCpuTime() - c0;
        w0 = System.nanoTime();
        c0 = cpu.getCurrentThreadCpuTime();
        index.add(held);
        long addWall = System.nanoTime() - w0;
        int after = index.stories().size();
        long oneWall = System.nanoTime() - w0;
        long oneCpu = cpu.getCurrentThreadCpuTime() - c0;
        List<Long> sorted = new ArrayList<>(addNanos);
        sorted.sort(null);
        if (!sorted.isEmpty()) {
            err.printf("timing: %d adds: median %.3f ms, p99 %.3f ms, max %.3f ms%n", sorted.size(), ms(sorted.get(sorted.size() / 2)),
                    ms(sorted.get((int) Math.min(sorted.size() - 1, Math.floor(sorted.size() * 0.99)))), ms(sorted.get(sorted.size() - 1)));
        }
        err.printf("timing: first full grouping of %d articles into %d stories: %.1f ms wall, %.1f ms CPU%n",
                index.size() - 1, before, ms(groupWall), ms(groupCpu));
        err.printf("timing: one more article (%s) added and regrouped: %.3f ms add + %.3f ms regroup = %.3f ms wall, %.3f ms CPU; %d stories%n",
                held.id(), ms(addWall), ms(oneWall - addWall), ms(oneWall), ms(oneCpu), after);
        held = null;
    }


    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    StoryIndex load(PrintStream err, String command) throws IOException {
        if (windowDays < 0) {
            throw new UserError("--window must be 0 or more days, not " + windowDays);
        }
        StoryIndex index = new StoryIndex(MergeConfig.defaults().withStoryWindowDays(windowDays));
        if (paths.isEmpty() || data != null) {
            if (!paths.isEmpty()) {
                throw new UserError("give either PATHs or --data, not both");
            }
            Path dir = data == null ? Path.of(DataDir.DEFAULT) : data;
            if (!Files.isDirectory(dir)) {
                throw new UserError("no PATH given and no store in " + dir + " (run `kroniek ingest PATH...` first, or name --data DIR)");
            }
            try (var store = DataDir.open(dir)) {
                store.forEachArticle(r -> add(index, r));
            }
        } else if (records) {
            for (String p : paths) {
                readRecords(Path.of(p), index, err, command);
            }
        } else {
            extract(index, err, command);
        }
        if (timing && held != null) {
            if (index.size() == 0) {
                index.add(held);
                held = null;
            } else {
                timeOneMore(index, err);
            }
        }
        if (index.size() == 0) {
            throw new UserError("no articles read from " + (paths.isEmpty() ? "the store" : String.join(" ", paths)));
        }
        return index;
    }

    private void readRecords(Path file, StoryIndex index, PrintStream err, String command) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UserError(file + ": not a file of records");
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    add(index, RecordJson.parse(line));
                } catch (RuntimeException e) {
                    failures++;
                    err.println("kroniek " + command + ": " + file + " line " + n + ": not a record: " + firstLine(e));
                }
            }
        }
    }

    private void extract(StoryIndex index, PrintStream err, String command) {
        int workers = threads.workers();
        Pipeline pipeline = StandardPipeline.create();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "kroniek-" + command);
            t.setDaemon(true);
            return t;
        });
        try (Stream<ReadItem> items = Inputs.open(paths, ReaderOptions.defaults())) {
            List<Future<ArticleRecord>> pending = new ArrayList<>();
            items.forEach(item -> {
                if (item instanceof ReadItem.Found found) {
                    pending.add(pool.submit(() -> pipeline.process(found.article())));
                } else if (item instanceof ReadItem.Failure failure) {
                    failures++;
                    err.println("kroniek " + command + ": " + failure.describe());
                }
            });
            // the index does not depend on the order of adds, so records are added as they come
            for (Future<ArticleRecord> f : pending) {
                try {
                    add(index, f.get());
                } catch (ExecutionException e) {
                    failures++;
                    err.println("kroniek " + command + ": " + firstLine(e.getCause()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted");
        } finally {
            pool.shutdownNow();
        }
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
