package org.kroniek.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.kroniek.extract.StandardPipeline;
import org.kroniek.ingest.Inputs;
import org.kroniek.ingest.ReadItem;
import org.kroniek.ingest.ReaderOptions;
import org.kroniek.pipeline.Pipeline;
import org.kroniek.record.ArticleRecord;
import org.kroniek.store.LuceneRecordStore;
import org.kroniek.text.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kroniek bench extract [CORPUS]}: throughput of the full pipeline. Reads the corpus into
 * memory once, warms up, then times passes over the corpus replicated 1x, 2x, 4x ... up to
 * {@code --repeat} times (the same records again: cost should grow linearly), and prints
 * articles/s, whitespace tokens/s, peak RSS, peak heap and each stage's share of the time. With
 * {@code --store} every record is also put into a fresh store in a temporary directory and
 * committed every 100 records, as {@code kroniek ingest} does. Process CPU time is printed next to
 * wall time because a shared, loaded machine slows wall time but much less the CPU time per article.
 */
@Command(name = "extract", mixinStandardHelpOptions = true, description = "Measure pipeline throughput over a corpus.")
public final class BenchExtractCommand implements Callable<Integer> {
    static final String DEFAULT_CORPUS = "../shared/data/dpgmedia2019-nl/dpgMedia2019-articles-byarticle-all.jsonl";

    @Parameters(arity = "0..1", paramLabel = "CORPUS", description = "Corpus file or directory (default: the DPG Media 2019 articles).")
    String corpus;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1", description = "Articles processed in parallel (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--repeat", paramLabel = "K", defaultValue = "1",
            description = "Largest replication of the corpus; passes run at 1x, 2x, 4x ... up to K (default ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--limit", paramLabel = "N", description = "Use only the first N articles of the corpus.")
    Integer limit;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "100", description = "Untimed articles first (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--store", description = "Also store every record in a temporary Lucene store (extract + ingest).")
    boolean store;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (threads < 1 || repeat < 1 || warmup < 0 || (limit != null && limit < 1)) {
            throw new UserError("--threads, --repeat and --limit must be at least 1 and --warmup at least 0");
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String path = corpus == null ? DEFAULT_CORPUS : corpus;
        if (!Files.exists(Path.of(path))) {
            throw new UserError(path + ": no such corpus");
        }
        long t0 = System.nanoTime();
        Pipeline pipeline = StandardPipeline.create();
        long loadNanos = System.nanoTime() - t0;
        List<Article> articles = read(path);
        if (articles.isEmpty()) {
            throw new UserError(path + ": no articles read");
        }
        long tokens = articles.stream().mapToLong(a -> whitespaceTokens(a.text())).sum();
        out.printf(Locale.ROOT, "kroniek bench extract: %s: %d articles, %d whitespace tokens; %d thread(s); "
                + "pipeline loaded in %.2f s; %d processors%n", path, articles.size(), tokens, threads, loadNanos / 1e9,
                Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Path tmp = store ? Files.createTempDirectory("kroniek-bench") : null;
        try (LuceneRecordStore sink = store ? LuceneRecordStore.open(tmp) : null) {
            run(pool, pipeline, articles.subList(0, Math.min(warmup, articles.size())), 1, null);
            for (int k = 1; k <= repeat; k *= 2) {
                Map<String, Long> before = pipeline.timings().snapshot();
                long start = System.nanoTime();
                long cpu0 = processCpuNanos();
                int failed = run(pool, pipeline, articles, k, sink);
                double secs = (System.nanoTime() - start) / 1e9;
                double cpu = (processCpuNanos() - cpu0) / 1e9;
                int n = articles.size() * k;
                out.printf(Locale.ROOT, "%dx: %d articles in %.1f s: %.1f articles/s, %.0f tokens/s; %d with problems; "
                                + "peak RSS %d MB, peak heap %d MB; process CPU %.1f s (%.1f articles per CPU second)%n",
                        k, n, secs, n / secs, tokens * k / secs, failed, peakRssKb() / 1024, peakHeapBytes() >> 20,
                        cpu, n / cpu);
                out.println("  stage share: " + shares(before, pipeline.timings().snapshot()));
            }
        } finally {
            pool.shutdownNow();
            if (tmp != null) {
                deleteTree(tmp);
            }
        }
        return ExitCodes.OK;
    }

    private List<Article> read(String path) {
        List<Article> articles = new ArrayList<>();
        try (Stream<ReadItem> items = Inputs.open(List.of(path), ReaderOptions.defaults())) {
            items.forEach(item -> {
                if (item instanceof ReadItem.Found found && (limit == null || articles.size() < limit)) {
                    articles.add(found.article());
                }
            });
        }
        return articles;
    }

    /** Processes {@code times} copies of the articles; returns how many records carry problems. */
    private static int run(ExecutorService pool, Pipeline pipeline, List<Article> articles, int times,
                           LuceneRecordStore sink) throws InterruptedException, IOException {
        List<Future<ArticleRecord>> futures = new ArrayList<>(articles.size());
        int failed = 0;
        int stored = 0;
        for (int t = 0; t < times; t++) {
            futures.clear();
            for (Article a : articles) {
                futures.add(pool.submit(() -> pipeline.process(a)));
            }
            for (Future<ArticleRecord> f : futures) {
                ArticleRecord r;
                try {
                    r = f.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("pipeline failed", e.getCause());
                }
                if (r.problems() != null && !r.problems().isEmpty()) {
                    failed++;
                }
                if (sink != null) {
                    sink.put(r);
                    if (++stored % 100 == 0) {
                        sink.commit();
                    }
                }
            }
        }
        if (sink != null) {
            sink.commit();
        }
        return failed;
    }

    static long whitespaceTokens(String text) {
        long n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean ws = Character.isWhitespace(text.charAt(i));
            if (!ws && !in) {
                n++;
            }
            in = !ws;
        }
        return n;
    }

    private static String shares(Map<String, Long> before, Map<String, Long> after) {
        long total = 0;
        for (Map.Entry<String, Long> e : after.entrySet()) {
            total += e.getValue() - before.getOrDefault(e.getKey(), 0L);
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Long> e : after.entrySet()) {
            long d = e.getValue() - before.getOrDefault(e.getKey(), 0L);
            sb.append(String.format(Locale.ROOT, "%s %.1f%%  ", e.getKey(), total == 0 ? 0.0 : 100.0 * d / total));
        }
        return sb.toString().trim();
    }

    /** VmHWM of this process in kB, or -1 where /proc is absent. */
    static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** CPU time of the whole process (all threads, GC and JIT included): a figure a loaded machine disturbs less than wall time. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
