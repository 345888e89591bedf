package org.kroniek.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.kroniek.extract.StandardPipeline;
import org.kroniek.ingest.ReaderOptions;
import org.kroniek.store.LuceneRecordStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kroniek ingest PATH... [--data DIR] [--threads N] [--field ROLE=NAME]}: extracts records and
 * stores them. Shows a progress bar on a terminal (a line per committed batch otherwise) and ends with a summary.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read articles, extract their records and store them in the data directory.")
public final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files, directories (read recursively), globs, or - for standard input; any format extract reads.")
    List<String> paths;

    @Mixin
    DataDir data;

    @Option(names = "--batch", defaultValue = "100", paramLabel = "N",
            description = "Records per atomic commit (default ${DEFAULT-VALUE}).")
    int batch;

    @Mixin
    ThreadsOption threads;

    @Mixin
    ReadingOptions reading;

    @Override
    public Integer call() throws IOException {
        if (batch < 1) {
            throw new UserError("--batch must be at least 1: " + batch);
        }
        int workers = threads.workers();
        ReaderOptions options = reading.toReaderOptions();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        boolean terminal = System.console() != null;
        IngestRun.Summary s;
        ProgressBar[] bar = new ProgressBar[1];
        try (LuceneRecordStore store = data.open()) {
            s = new IngestRun(StandardPipeline.create(), store, batch, workers, err, p -> {
                if (!terminal) {
                    line(err, p);
                    return;
                }
                if (bar[0] == null) {
                    bar[0] = new ProgressBar(err, p.files);
                }
                bar[0].update(p.filesDone, p.read);
            }).run(paths, options);
        }
        if (bar[0] != null) {
            bar[0].finish();
        }
        out.println("kroniek ingest: " + s + " (store: " + data.dir + ")");
        return exitCode(s);
    }

    static int exitCode(IngestRun.Summary s) {
        if (s.read == 0) {
            return ExitCodes.USAGE;
        }
        return s.failed > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    private int reported;

    private void line(PrintStream err, IngestRun.Summary s) {
        if (s.batches > reported) {
            reported = s.batches;
            err.println("kroniek ingest: committed batch " + s.batches + " · " + s.filesDone + "/" + s.files + " files · " + s);
        }
    }
}
