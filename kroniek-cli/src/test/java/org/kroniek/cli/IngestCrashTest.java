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
import java.util.Random;
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
 * it. With {@code -Dkroniek.crash.rounds=N} (2 in CI, 20 with {@code -Pnightly}) it kills N ingests
 * into the same store in turn, each at a random batch plus a random pause (seed printed with any
 * failure, fixed with {@code -Dkroniek.crash.seed}); the store must open after each, keep all it had
 * committed and hold no record that differs from a fresh extraction. Reads a JSON Lines file of DpgMedia2019 articles when {@code ../shared} is there, of
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
        Map<String, ArticleRecord> expected = expectedRecords(in);
        int rounds = Math.max(1, Integer.getInteger("kroniek.crash.rounds", 1));
        long seed = Long.getLong("kroniek.crash.seed", System.nanoTime());
        Random random = new Random(seed);
        long stored = 0;
        for (int round = 1; round <= rounds; round++) {
            // Round 1 always dies after the third batch; later rounds after a random batch and a random
            // pause, so the kill lands anywhere, including mid-batch and mid-commit.
            int afterBatch = round == 1 ? 3 : 1 + random.nextInt(ARTICLES / BATCH - 1);
            int pauseMs = round == 1 ? 0 : random.nextInt(400);
            String where = "round " + round + " of " + rounds + " (seed " + seed + ", kill after batch " + afterBatch
                    + " + " + pauseMs + " ms)";
            int committedNew = killDuringIngest(in, data, afterBatch, pauseMs);
            assertThat(committedNew).as(where + ": the child reported a committed batch before it was killed").isGreaterThanOrEqualTo(round == 1 ? 1 : 0);
            try (LuceneRecordStore store = LuceneRecordStore.open(data)) {
                long now = store.count(DocType.ARTICLE);
                assertThat(now).as(where + ": every committed record survives").isGreaterThanOrEqualTo(Math.max(stored, committedNew));
                assertThat(now).isLessThanOrEqualTo(expected.size());
                if (round == 1) {
                    assertThat(now).as("the kill came mid-way").isLessThan(expected.size());
                }
                List<ArticleRecord> records = new ArrayList<>();
                store.forEachArticle(records::add);
                assertThat(records).as(where).hasSize((int) now);
                for (ArticleRecord r : records) {
                    assertThat(r).as(where + ": stored record " + r.source().record()).isEqualTo(expected.get(r.id()));
                }
                stored = now;
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

    /** Runs an ingest in a child process and SIGKILLs it; returns the new records its last reported commit counted, or -1. */
    private static int killDuringIngest(Path in, Path data, int afterBatch, int pauseMs) throws Exception {
        Process p = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"), "org.kroniek.cli.Main",
                "ingest", in.toString(), "--data", data.toString(), "--batch", String.valueOf(BATCH))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int committedNew = -1;
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                Matcher m = COMMITTED.matcher(line);
                if (m.find()) {
                    committedNew = Integer.parseInt(m.group(2));
                    if (Integer.parseInt(m.group(1)) >= afterBatch) {
                        Thread.sleep(pauseMs);
                        p.destroyForcibly();
                        break;
                    }
                }
            }
        } finally {
            p.destroyForcibly();
        }
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return committedNew;
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
