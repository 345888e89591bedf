package org.kroniek.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.kroniek.extract.StandardPipeline;
import org.kroniek.ingest.Format;
import org.kroniek.ingest.Input;
import org.kroniek.ingest.Inputs;
import org.kroniek.ingest.ReadItem;
import org.kroniek.ingest.ReaderOptions;
import org.kroniek.pipeline.Pipeline;
import org.kroniek.record.Source;
import org.kroniek.text.Article;
import org.kroniek.text.ArticleId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kroniek extract PATH...}: reads articles (text, JSON Lines, JSON, CSV, HTML, RSS/Atom, WARC;
 * directories, globs, {@code -}, {@code .gz}) and prints one record per article in the
 * contract's JSON shape, in input order, processing in parallel. Bad inputs and duplicates are
 * reported on stderr, one line each.
 */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Read articles and print their records as JSON, in input order.",
            "Reads .txt .jsonl .json .csv .html .rss .atom .xml .warc, each also gzipped."})
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files, directories (read recursively), globs, or - for standard input.")
    List<String> paths;

    @Option(names = "--format", defaultValue = "json", paramLabel = "json|jsonl",
            description = "json: one indented object, or an array when there are several records; "
                    + "jsonl: one record a line. Default: ${DEFAULT-VALUE}.")
    RecordWriter.Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write records to FILE instead of standard output.")
    Path out;

    @Option(names = "--strict", description = "Stop at the first file or record that cannot be read.")
    boolean strict;

    @Mixin
    ThreadsOption threads;

    @Mixin
    ReadingOptions reading;

    @Override
    public Integer call() throws IOException {
        ReaderOptions options = reading.toReaderOptions();
        int workers = threads.workers();
        List<Input> inputs = Inputs.resolve(paths);
        Pipeline pipeline = StandardPipeline.create();
        PrintStream err = new PrintStream(new KeepOpen(System.err), true, StandardCharsets.UTF_8);
        ProgressBar bar = System.console() != null && inputs.size() > 1 ? new ProgressBar(err, inputs.size()) : null;
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "kroniek-extract");
            t.setDaemon(true);
            return t;
        });
        Counts counts = new Counts();
        try (PrintStream sink = open(out)) {
            RecordWriter writer = new RecordWriter(sink, format);
            OrderedOutput ordered = new OrderedOutput(workers * 8, record -> {
                if (bar != null && out == null) {
                    bar.clear();
                }
                writer.write(record);
            }, line -> {
                if (bar != null) {
                    bar.clear();
                }
                err.println("kroniek extract: " + line);
            });
            try (Stream<ReadItem> items = Inputs.read(inputs, options)) {
                readAll(items.iterator(), pipeline, pool, ordered, counts, () -> {
                    if (bar != null) {
                        bar.update(Math.max(0, counts.files - 1), writer.count());
                    }
                });
            }
            ordered.drain(true);
            writer.finish();
            counts.failures += ordered.errors();
            counts.written = writer.count();
        } finally {
            pool.shutdownNow();
        }
        if (bar != null) {
            bar.update(inputs.size(), counts.written);
            bar.finish();
        }
        if (counts.written == 0 && counts.duplicates == 0) {
            return ExitCodes.USAGE;
        }
        return counts.failures > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    /** Hands articles to the pool and messages to the output, in input order; stops at a failure when strict. */
    private void readAll(Iterator<ReadItem> items, Pipeline pipeline, ExecutorService pool, OrderedOutput ordered,
                         Counts counts, Runnable progress) {
        Map<String, String> seen = new HashMap<>();
        String lastFile = null;
        while (items.hasNext()) {
            ReadItem item = items.next();
            if (!item.file().equals(lastFile)) {
                lastFile = item.file();
                counts.files++;
            }
            if (item instanceof ReadItem.Found found) {
                Article article = found.article();
                String origin = origin(article.source());
                String first = seen.putIfAbsent(ArticleId.of(article.text()), origin);
                if (first != null) {
                    counts.duplicates++;
                    ordered.message("duplicate: " + origin + " is the same article as " + first + "; left out");
                } else {
                    ordered.record(pool.submit(() -> pipeline.process(article)), origin);
                }
            } else if (item instanceof ReadItem.Failure failure) {
                counts.failures++;
                ordered.message(failure.describe());
                if (strict) {
                    return;
                }
            } else if (item instanceof ReadItem.Warning warning) {
                ordered.message(warning.describe());
            }
            progress.run();
        }
    }

    private static PrintStream open(Path file) throws IOException {
        OutputStream raw = file == null ? new KeepOpen(System.out) : Files.newOutputStream(file);
        return new PrintStream(new BufferedOutputStream(raw, 1 << 16), false, StandardCharsets.UTF_8);
    }

    private static String origin(Source source) {
        return source.record() == null ? source.path() : source.path() + " record " + source.record();
    }

    /** Standard output and error stay open for whoever writes next (tests run several commands). */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private static final class Counts {
        int files;
        int failures;
        int duplicates;
        int written;
    }
}
