package org.kroniek.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.extract.StandardPipeline;
import java.util.stream.Stream;
import org.kroniek.ingest.Inputs;
import org.kroniek.ingest.ReadItem;
import org.kroniek.ingest.ReaderOptions;
import org.kroniek.pipeline.Pipeline;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.RecordJson;
import org.kroniek.store.DocType;
import org.kroniek.store.LuceneRecordStore;
import org.kroniek.store.fixtures.DpgMedia;

/**
 * Kills an ingest process with SIGKILL after it committed a batch, reopens the store, checks every
 * committed record against a fresh extraction of its file, and completes the ingest by re-running
 * it. Reads a JSON Lines file of DpgMedia2019 articles when {@code ../shared} is there, of
 * generated articles otherwise.
 */
class IngestCrashTest {
    private static final int ARTICLES = 60;
    private static final int BATCH = 5;
    private static final Pattern COMMITTED = Pattern.compile("committed batch (\\d+) .* new (\\d+), updated (\\d+), duplicates (\\d+)");

    @TempDir
    Path dir;

    @Test
    void killedIngestKeepsCommittedBatchesAndReRunCompletesIt() throws Exception {
        Path in = dir.resolve("articles.jsonl");
        writeArticles(in);
        Path data = dir.resolve("data");

        Process p = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"), "org.kroniek.cli.Main",
                "ingest", in.toString(), "--data", data.toString(), "--batch", String.valueOf(BATCH))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int committedNew = -1;
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                Matcher m = COMMITTED.matcher(line);
                if (m.find() && Integer.parseInt(m.group(1)) >= 3) {
                    committedNew = Integer.parseInt(m.group(2));
                    p.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(committedNew).as("the child reported a committed batch before it was killed").isPositive();

        Map<String, ArticleRecord> expected = expectedRecords(in);
        try (LuceneRecordStore store = LuceneRecordStore.open(data)) {
            long stored = store.count(DocType.ARTICLE);
            assertThat(stored).as("every committed record survives").isGreaterThanOrEqualTo(committedNew);
            assertThat(stored).as("the kill came mid-way").isLessThan(expected.size());
            List<ArticleRecord> records = new ArrayList<>();
            store.forEachArticle(records::add);
            assertThat(records).hasSize((int) stored);
            for (ArticleRecord r : records) {
                assertThat(r).as("stored record " + r.source().record()).isEqualTo(expected.get(r.id()));
            }
        }

        assertThat(Main.run("ingest", in.toString(), "--data", data.toString(), "--batch", "50")).isEqualTo(ExitCodes.OK);
        try (LuceneRecordStore store = LuceneRecordStore.open(data)) {
            assertThat(store.count(DocType.ARTICLE)).isEqualTo(expected.size());
            List<String> ids = new ArrayList<>();
            store.forEachArticle(r -> ids.add(r.id()));
            assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected.keySet());
        }
    }

    /** A JSON Lines file of the first corpus articles that have a text, or of generated ones. */
    private static void writeArticles(Path jsonl) throws IOException {
        List<String> lines = new ArrayList<>();
        Path corpus = DpgMedia.file();
        if (corpus != null) {
            for (DpgMedia.Item item : DpgMedia.read(corpus, ARTICLES * 2)) {
                if (!item.text().isBlank() && lines.size() < ARTICLES) {
                    lines.add(RecordJson.mapper().writeValueAsString(Map.of("id", item.id(), "title", String.valueOf(item.title()),
                            "text", item.text(), "published_at", String.valueOf(item.date()))));
                }
            }
        } else {
            for (int i = 0; i < ARTICLES; i++) {
                lines.add(RecordJson.mapper().writeValueAsString(Map.of("title", "Bericht " + i,
                        "text", "Bericht " + i + " over beschietingen bij stad " + i + ".\nTweede alinea van bericht " + i + ".",
                        "published_at", "2022-03-" + String.format("%02d", 1 + i % 28))));
            }
        }
        Files.write(jsonl, lines, StandardCharsets.UTF_8);
    }

    /** What the ingest should store: the first record of each article id, as the readers and pipeline make it. */
    private static Map<String, ArticleRecord> expectedRecords(Path in) {
        Pipeline pipeline = StandardPipeline.create();
        Map<String, ArticleRecord> byId = new HashMap<>();
        try (Stream<ReadItem> items = Inputs.open(List.of(in.toString()), ReaderOptions.defaults())) {
            items.forEach(item -> {
                if (item instanceof ReadItem.Found found) {
                    ArticleRecord r = pipeline.process(found.article());
                    byId.putIfAbsent(r.id(), r);
                }
            });
        }
        return byId;
    }

    private static String javaBin() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
