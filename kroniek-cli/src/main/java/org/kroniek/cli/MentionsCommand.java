package org.kroniek.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kroniek.extract.StandardPipeline;
import org.kroniek.ingest.DatedTextReader;
import org.kroniek.pipeline.Document;
import org.kroniek.pipeline.Layers;
import org.kroniek.pipeline.Mention;
import org.kroniek.record.Source;
import org.kroniek.text.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kroniek mentions FILE}: the names the language core finds, one a line (start, end, type, origin, probability, text). */
@Command(name = "mentions", mixinStandardHelpOptions = true,
        description = "Print the named-entity mentions of a text file, tab-separated.")
public final class MentionsCommand implements Callable<Integer> {
    @Parameters(arity = "1", paramLabel = "FILE")
    Path file;

    @Option(names = "--lang", description = "Language of the text (default: guessed).")
    String language;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UserError("no such file: " + file);
        }
        Article article = DatedTextReader.read(Files.readString(file, StandardCharsets.UTF_8), Source.ofPath(file.toString()));
        if (language != null) {
            article = article.withLanguage(language);
        }
        Document doc = new Document(article);
        StandardPipeline.create().run(doc);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        List<Mention> mentions = doc.list(Layers.MENTIONS);
        for (Mention m : mentions) {
            out.printf(Locale.ROOT, "%d\t%d\t%s\t%s\t%.3f\t%s%n", m.start(), m.end(), m.type(), m.origin(), m.probability(), m.text());
        }
        doc.problems().forEach(p -> System.err.println(file + ": " + p));
        out.flush();
        return ExitCodes.OK;
    }
}
