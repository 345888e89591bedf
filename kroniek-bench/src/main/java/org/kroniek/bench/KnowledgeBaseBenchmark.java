package org.kroniek.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kroniek.kb.Candidate;
import org.kroniek.kb.EntityStage;
import org.kroniek.kb.GazetteerTagger;
import org.kroniek.kb.Geocoder;
import org.kroniek.kb.KnowledgeBase;
import org.kroniek.kb.internal.KbLoader;
import org.kroniek.pipeline.Document;
import org.kroniek.pipeline.Layers;
import org.kroniek.pipeline.Mention;
import org.kroniek.record.Source;
import org.kroniek.text.Article;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Knowledge-base speed: loading, name lookups, and mentions resolved per second (tagging the
 * bundled benchmark article, then resolving, co-referring and geocoding its mentions).
 * Run: {@code java -jar kroniek-bench/target/benchmarks.jar KnowledgeBase}
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx400m")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class KnowledgeBaseBenchmark {
    /** Surface forms a Dutch or English report uses, including transliteration variants and misses. */
    static final String[] SURFACES = {"Poetin", "Kyiv", "Kiev", "Tsjernihiv", "Mariupol", "Rusland", "Kremlin",
            "NAVO", "Oost-Oekraïne", "Russische ministerie van Defensie", "Moskou", "Zelenskyy", "Peskow",
            "Charkiv", "Bakhmut", "Washington", "Oekraïense autoriteiten", "Jan Jansen", "Rode Kruis", "Irpin"};
    /** Mentions resolved per {@link #resolveArticle} call: {@link #setup} fails if the article changes. */
    static final int ARTICLE_MENTIONS = 50;

    KnowledgeBase kb;
    GazetteerTagger tagger;
    EntityStage stage;
    String article;
    int next;

    @Setup(Level.Trial)
    public void setup() throws IOException {
        kb = KnowledgeBase.standard();
        tagger = new GazetteerTagger(kb);
        stage = new EntityStage(kb, new Geocoder(kb, tagger), new org.kroniek.kb.Metonymy());
        try (InputStream in = KnowledgeBaseBenchmark.class.getResourceAsStream("article-nl.txt")) {
            article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int n = tagger.tag(article, List.of()).size();
        if (n != ARTICLE_MENTIONS) {
            throw new IllegalStateException("benchmark article has " + n + " mentions; update ARTICLE_MENTIONS");
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public List<Candidate> lookup() {
        next = (next + 1) % SURFACES.length;
        return kb.lookup(SURFACES[next], "nl");
    }

    /** Tags the article and resolves its mentions; the score is mentions per second. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(ARTICLE_MENTIONS)
    public Object resolveArticle() {
        Document doc = new Document(new Article(Source.ofPath(null), null, null, "nl", article, List.of()));
        List<Mention> mentions = tagger.tag(article, List.of());
        doc.put(Layers.MENTIONS, mentions);
        stage.process(doc);
        return doc.require(Layers.ENTITIES);
    }

    /** Builds the whole knowledge base from its resources, as the first {@code standard()} call does. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 5, jvmArgsAppend = "-Xmx400m")
    public Object load() {
        return KbLoader.load();
    }
}
