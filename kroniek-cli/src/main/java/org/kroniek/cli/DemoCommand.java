package org.kroniek.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.kroniek.extract.StandardPipeline;
import org.kroniek.ingest.ReaderOptions;
import org.kroniek.store.LuceneRecordStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kroniek demo}: ingests the bundled {@code samples/} into a data directory (a fresh
 * temporary one by default) and serves the newsroom UI over it.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest the bundled samples/ and serve the web UI on http://127.0.0.1:8080.")
public final class DemoCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: a fresh temporary one).")
    Path data;

    @Option(names = "--samples", paramLabel = "DIR", description = "Articles to ingest (default: the bundled samples/).")
    Path samples;

    @Mixin
    ServeOptions options;

    @Override
    public Integer call() throws Exception {
        var config = options.config();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path dir = data != null ? data : Files.createTempDirectory("kroniek-demo-");
        Path input = samples != null ? samples : bundledSamples();
        LuceneRecordStore store = DataDir.open(dir);
        IngestRun.Summary s = new IngestRun(StandardPipeline.create(), store, 100, Runtime.getRuntime().availableProcessors(),
                new PrintStream(System.err, true, StandardCharsets.UTF_8), p -> { })
                .run(List.of(input.toString()), ReaderOptions.defaults());
        out.println("kroniek demo: ingested " + input + " into " + dir + ": " + s);
        return Serving.serve(store, config, out);
    }

    /** {@code samples/} of the project: beside the launcher ({@code kroniek.home}) or in the working directory. */
    static Path bundledSamples() throws IOException {
        String home = System.getProperty("kroniek.home");
        Path p = home != null ? Path.of(home, "samples") : Path.of("samples");
        if (!Files.isDirectory(p)) {
            throw new UserError("no samples/ directory at " + p.toAbsolutePath() + ": pass --samples DIR");
        }
        return p;
    }
}
