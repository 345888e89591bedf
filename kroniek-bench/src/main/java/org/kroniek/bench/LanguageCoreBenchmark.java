package org.kroniek.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kroniek.ingest.DatedTextReader;
import org.kroniek.nlp.MentionStage;
import org.kroniek.nlp.TokenStage;
import org.kroniek.pipeline.Document;
import org.kroniek.pipeline.Layers;
import org.kroniek.pipeline.Mention;
import org.kroniek.pipeline.SentenceStage;
import org.kroniek.record.Source;
import org.kroniek.text.Article;
import org.kroniek.text.SentenceSplitter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The full language core (sentences, tokens + POS, NER mentions) on the seed article. Run from
 * the project root: {@code java -jar kroniek-bench/target/benchmarks.jar -f 1 -wi 3 -i 5}; the
 * article is read from {@code -Dkroniek.bench.article=...} (default the project's seed sample).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LanguageCoreBenchmark {
    private final SentenceStage sentences = new SentenceStage(SentenceSplitter.standard());
    private final TokenStage tokens = new TokenStage();
    private final MentionStage mentions = new MentionStage();
    private Article article;

    @Setup
    public void setUp() throws IOException {
        Path file = Path.of(System.getProperty("kroniek.bench.article", "samples/seed-nl-2022-03.txt"));
        article = DatedTextReader.read(Files.readString(file, StandardCharsets.UTF_8), Source.ofPath(file.toString()))
                .withLanguage("nl");
        if (languageCore().isEmpty()) {
            throw new IllegalStateException("no mentions on " + file + ": is the Dutch model bundled?");
        }
    }

    @Benchmark
    public List<Mention> languageCore() {
        Document doc = new Document(article);
        sentences.process(doc);
        tokens.process(doc);
        mentions.process(doc);
        return doc.require(Layers.MENTIONS);
    }
}
