package org.kroniek.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.kroniek.extract.StandardPipeline;
import org.kroniek.ingest.DatedTextReader;
import org.kroniek.pipeline.Pipeline;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.RecordJson;
import org.kroniek.record.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kroniek extract PATH...}: prints one record per article in the contract's JSON shape. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Read articles and print their records as JSON.")
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to read.")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "json", description = "json (indented) or jsonl (one record a line).")
    String format;

    @Override
    public Integer call() throws IOException {
        Pipeline pipeline = StandardPipeline.create();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int failed = 0;
        int done = 0;
        for (Path file : files()) {
            try {
                String content = Files.readString(file, StandardCharsets.UTF_8);
                ArticleRecord record = pipeline.process(DatedTextReader.read(content, Source.ofPath(file.toString())));
                out.println("jsonl".equals(format) ? RecordJson.toLine(record) : RecordJson.toPrettyJson(record));
                done++;
            } catch (IOException e) {
                System.err.println(file + ": " + e.getMessage());
                failed++;
            }
        }
        out.flush();
        if (done == 0) {
            return ExitCodes.USAGE;
        }
        return failed > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    private List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new UserError("no such file or directory: " + p);
            }
            try (Stream<Path> s = Files.walk(p)) {
                s.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        return files;
    }
}
