package org.kroniek.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.extract.StandardPipeline;
import org.kroniek.ingest.Inputs;
import org.kroniek.ingest.ReadItem;
import org.kroniek.ingest.ReaderOptions;
import org.kroniek.merge.EventMention;
import org.kroniek.merge.MergeConfig;
import org.kroniek.merge.StoriesJson;
import org.kroniek.merge.StoryIndex;
import org.kroniek.pipeline.Pipeline;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.RecordJson;
import org.kroniek.text.ArticleId;

/**
 * Runs the job in local mode on the project's samples plus a directory of generated good and
 * bad inputs (JSON Lines with broken lines, CSV with broken quoting, a gzipped WARC, an empty
 * and a binary file, a duplicate article, a missing path) and checks that it writes the same
 * records, with the same ids, as the embedded pipeline over {@code Inputs.open} on the same
 * arguments, and the same failures; and that stage 2 finds the same stories, event instances and
 * contradictions as {@link StoryIndex} over the embedded records ({@code kroniek stories --format json}).
 */
class SparkJobIT {
    private static SparkSession spark;
    private static final Path SAMPLES = Paths.get("../samples");

    @TempDir
    static Path tmp;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("kroniek-spark-it")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void sparkWritesTheEmbeddedPipelinesRecordsAndFailures() throws IOException {
        Path bad = generatedInputs(tmp.resolve("generated"));
        List<String> args = List.of(SAMPLES.toString() + "/", bad.toString(), tmp.resolve("missing.jsonl").toString());
        String out = tmp.resolve("out").toString();

        KroniekSparkJob.Summary summary = KroniekSparkJob.run(spark, JobOptions.of(args, out).withPartitions(3));

        Embedded embedded = embedded(args);
        List<String> sparkRecords = spark.read().textFile(out + "/records").collectAsList();
        assertThat(sparkRecords).hasSizeGreaterThanOrEqualTo(8);
        assertThat(sorted(sparkRecords)).isEqualTo(sorted(embedded.records));

        Set<String> sparkErrors = new HashSet<>();
        for (Row r : spark.read().parquet(out + "/errors").collectAsList()) {
            sparkErrors.add(r.getString(0) + "|" + r.get(1) + "|" + r.getString(2));
        }
        assertThat(sparkErrors).isEqualTo(new HashSet<>(embedded.errors));
        assertThat(sparkErrors).anyMatch(e -> e.contains("missing.jsonl|null|no such file"))
                .anyMatch(e -> e.contains("mixed.jsonl|1|"))
                .anyMatch(e -> e.contains("broken.csv"))
                .anyMatch(e -> e.contains("empty.txt|null|empty file"))
                .anyMatch(e -> e.contains("binary.txt|null|binary"))
                .anyMatch(e -> e.contains("|duplicate: the same article as"));
        assertThat(summary.records()).isEqualTo(sparkRecords.size());
        assertThat(summary.errors()).isEqualTo(sparkErrors.size());

        StoryIndex index = new StoryIndex(MergeConfig.defaults());
        embedded.records.forEach(line -> index.add(RecordJson.parse(line)));
        assertThat(index.stories()).as("a story told by several articles").anyMatch(s -> s.articles().size() > 1);
        assertThat(index.events()).as("an event reported by several articles").anyMatch(e -> e.articles().size() > 1);
        assertThat(index.contradictions()).as("a contradiction").isNotEmpty();
        assertThat(Files.readString(Path.of(out, "stories.json"))).isEqualTo(StoriesJson.write(index) + "\n");
        assertThat(summary.stories()).isEqualTo(index.stories().size());
        assertThat(rows(out, "stories", "story_id", "article_ids", "sources", "events")).isEqualTo(
                index.stories().stream().map(s -> String.join("|", s.id(), String.join(",", s.articles()),
                        String.valueOf(s.sources()), String.valueOf(s.events().size()))).collect(Collectors.toSet()));
        assertThat(rows(out, "story_articles", "story_id", "article_id")).isEqualTo(index.stories().stream()
                .flatMap(s -> s.articles().stream().map(a -> s.id() + "|" + a)).collect(Collectors.toSet()));
        assertThat(rows(out, "story_events", "event_id", "story_id", "article_ids", "sources", "mention_ids")).isEqualTo(
                index.events().stream().map(e -> String.join("|", e.id(), e.story(), String.join(",", e.articles()),
                        String.valueOf(e.sources()), e.mentions().stream().map(EventMention::key).collect(Collectors.joining(","))))
                        .collect(Collectors.toSet()));
        assertThat(rows(out, "contradictions", "kind", "first_article", "first_item", "second_article", "second_item"))
                .isEqualTo(index.contradictions().stream().map(c -> String.join("|", c.kind().label(), c.first().article(),
                        c.first().item(), c.second().article(), c.second().item())).collect(Collectors.toSet()));
    }

    /** The rows of a table as {@code |}-joined values of the named columns. */
    private static Set<String> rows(String out, String table, String... columns) {
        Set<String> rows = new HashSet<>();
        Dataset<Row> df = spark.read().parquet(out + "/" + table);
        for (Row r : df.selectExpr(columns).collectAsList()) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < columns.length; i++) {
                values.add(String.valueOf(r.get(i)));
            }
            rows.add(String.join("|", values));
        }
        assertThat(rows).as(table + " has no duplicate rows").hasSize((int) df.count());
        return rows;
    }

    @Test
    void tablesHoldOneRowPerArticleEntityEventClaimAndFigure() throws IOException {
        List<String> args = List.of(SAMPLES.toString());
        String out = tmp.resolve("tables").toString();
        KroniekSparkJob.run(spark, JobOptions.of(args, out).withPartitions(2).withoutStories());

        List<ArticleRecord> records = spark.read().textFile(out + "/records").collectAsList().stream()
                .map(RecordJson::parse).toList();
        Dataset<Row> articles = spark.read().parquet(out + "/articles");
        assertThat(articles.count()).isEqualTo(records.size());
        assertThat(articles.columns()).contains("id", "path", "url", "outlet", "record", "title", "language",
                "published", "published_precision", "text");
        assertThat(count(out, "entities")).isEqualTo(records.stream().mapToLong(r -> r.entities().size()).sum());
        assertThat(count(out, "claims")).isEqualTo(records.stream().mapToLong(r -> r.claims().size()).sum());
        assertThat(count(out, "figures")).isEqualTo(records.stream().mapToLong(r -> r.figures().size()).sum());
        Dataset<Row> events = spark.read().parquet(out + "/events");
        assertThat(events.count()).isEqualTo(records.stream().mapToLong(r -> r.events().size()).sum());
        assertThat(events.columns()).startsWith("article_id", "event_id", "event_date", "time_precision",
                "event_type", "sub_event_type", "actor1", "actor2", "location", "latitude", "longitude",
                "geo_precision", "source", "notes", "fatalities");
        Set<String> ids = new HashSet<>(articles.select("id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
        assertThat(ids).containsExactlyInAnyOrderElementsOf(records.stream().map(ArticleRecord::id).toList());
    }

    private static long count(String out, String table) {
        return spark.read().parquet(out + "/" + table).count();
    }

    /** What {@code kroniek extract} does: read in order, drop later duplicates, run the standard pipeline. */
    private static Embedded embedded(List<String> args) {
        Pipeline pipeline = StandardPipeline.create();
        Embedded e = new Embedded();
        java.util.Map<String, String> seen = new java.util.HashMap<>();
        try (Stream<ReadItem> items = Inputs.open(args, ReaderOptions.defaults())) {
            items.forEach(item -> {
                if (item instanceof ReadItem.Found f) {
                    var source = f.article().source();
                    String origin = source.record() == null ? source.path() : source.path() + " record " + source.record();
                    String first = seen.putIfAbsent(ArticleId.of(f.article().text()), origin);
                    if (first == null) {
                        e.records.add(RecordJson.toLine(pipeline.process(f.article())));
                    } else {
                        e.errors.add(source.path() + "|" + source.record() + "|duplicate: the same article as " + first + "; left out");
                    }
                } else if (item instanceof ReadItem.Failure f) {
                    e.errors.add(f.file() + "|" + f.record() + "|" + f.reason());
                } else if (item instanceof ReadItem.Warning w) {
                    e.errors.add(w.file() + "|" + w.record() + "|warning: " + w.message());
                }
            });
        }
        return e;
    }

    private static final class Embedded {
        final List<String> records = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
    }

    private static List<String> sorted(List<String> lines) {
        return lines.stream().sorted().toList();
    }

    /** Good and bad inputs in every format the job is asked to read. */
    private static Path generatedInputs(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("nested"));
        Files.writeString(dir.resolve("mixed.jsonl"), String.join("\n",
                "{\"title\": \"Beschietingen in Charkiv\", \"date\": \"2022-03-02\", \"text\": \"Russische troepen hebben woensdag de stad Charkiv beschoten. Volgens de burgemeester kwamen zeker vier mensen om het leven.\"}",
                "{\"title\": \"kapot\", \"text\": \"deze regel eindigt niet",
                "{\"title\": \"Geen tekst\"}",
                "{\"title\": \"Shelling near Mykolaiv\", \"date\": \"2022-03-18\", \"url\": \"https://example.org/m\", \"text\": \"Ukrainian officials said on Friday that shelling near Mykolaiv destroyed a barracks.\"}",
                ""), StandardCharsets.UTF_8);
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("nested/wire.jsonl.gz")))) {
            gz.write(("{\"headline\": \"Odesa haven\", \"published\": \"2022-04-03\", \"body\": \"De haven van Odesa is "
                    + "zondag getroffen door raketten, meldt het Oekraïense leger.\"}\n").getBytes(StandardCharsets.UTF_8));
        }
        for (String fixture : List.of("press.csv", "broken.csv", "archive.warc.gz")) {
            try (var in = SparkJobIT.class.getResourceAsStream("/corpus/" + fixture)) {
                Files.copy(in, dir.resolve(fixture));
            }
        }
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 1, 2, 0, 5});
        Files.copy(SAMPLES.resolve("seed-nl-2022-03.txt"), dir.resolve("nested/seed-copy.txt"));
        // two other outlets' copies of a sample, each with a death toll of its own: a wire story (one
        // story, one source, merged events) whose figures contradict each other
        String odesa = Files.readString(SAMPLES.resolve("odesa-haven-nl-2022-04-03.txt"), StandardCharsets.UTF_8);
        String body = odesa.substring(odesa.indexOf("Bij raketaanvallen"));
        String none = "Er vielen geen doden, meldt het stadsbestuur.";
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        Files.writeString(dir.resolve("nested/copies.jsonl"), json.writeValueAsString(java.util.Map.of(
                        "title", "Olieopslag Odesa in brand", "date", "2022-04-03", "outlet", "Het Andere Dagblad",
                        "text", body.replace(none, "Daarbij kwamen drie mensen om het leven, meldt het stadsbestuur.") + "\n\nMet dank aan ANP.")) + "\n"
                + json.writeValueAsString(java.util.Map.of("title", "Haven Odesa getroffen", "date", "2022-04-03",
                        "outlet", "De Derde Krant", "text", body.replace(none, "Volgens het stadsbestuur kwamen elf mensen om het leven.")))
                + "\n", StandardCharsets.UTF_8);
        return dir;
    }
}
