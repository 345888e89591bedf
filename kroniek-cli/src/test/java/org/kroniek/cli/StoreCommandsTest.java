package org.kroniek.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.RecordJson;
import org.kroniek.store.DocType;
import org.kroniek.store.LuceneRecordStore;
import org.kroniek.store.fixtures.FixtureRecords;

class StoreCommandsTest {
    @TempDir
    Path dir;

    private String run(int expectedExit, String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run(args)).as(String.join(" ", args)).isEqualTo(expectedExit);
        } finally {
            System.setOut(saved);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void ingestsTheSamplesOnceAndFindsTheSeed() {
        String data = dir.resolve("data").toString();
        assertThat(run(ExitCodes.OK, "ingest", "../samples", "--data", data))
                .contains("read 10, new 10, updated 0, duplicates 0, failed 0");
        assertThat(run(ExitCodes.OK, "ingest", "../samples", "--data", data))
                .contains("read 10, new 0, updated 0, duplicates 10, failed 0");
        String seed = run(ExitCodes.OK, "search", "gebouw van het Rode Kruis", "--type", "articles", "--data", data);
        assertThat(seed).contains("1 hit").contains("De Russische president Vladimir Poetin");
        assertThat(run(ExitCodes.OK, "search", "Rode Kruis", "--type", "articles", "--data", data, "--format", "json"))
                .contains("\"total\" : 2");
    }

    @Test
    void exitCodesTellFailuresApart() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.pdf"), "%PDF");
        String data = dir.resolve("data").toString();
        assertThat(run(ExitCodes.USAGE, "ingest", in.toString(), "--data", data)).contains("read 0");
        Files.writeString(in.resolve("b.txt"), "date 2022-03-01 Een kort bericht.");
        Files.writeString(in.resolve("c.jsonl"), "{\"text\": \"Nog een bericht.\"}\n{\"text\": \n");
        assertThat(run(ExitCodes.SOME_FAILED, "ingest", in.toString(), "--data", data)).contains("read 2, new 2", "failed 1");
        assertThat(run(ExitCodes.USAGE, "search", "x", "--type", "tweets", "--data", data)).isEmpty();
        assertThat(run(ExitCodes.USAGE, "ingest", dir.resolve("missing").toString(), "--data", data)).contains("read 0", "failed 1");
    }

    @Test
    void ingestTakesFieldsAndThreads() throws IOException {
        Path csv = dir.resolve("headlines.csv");
        Files.writeString(csv, "first_seen,headline\n"
                + "2022-02-24T09:26:03+00:00,Russian forces shelled Kharkiv on Thursday\n"
                + "2022-02-25T10:00:00+00:00,Zelensky says Kyiv will not surrender\n");
        String data = dir.resolve("data").toString();
        assertThat(run(ExitCodes.OK, "ingest", csv.toString(), "--data", data, "--threads", "1",
                "--field", "text=headline", "--field", "date=first_seen"))
                .contains("read 2, new 2, updated 0, duplicates 0, failed 0");
        assertThat(run(ExitCodes.OK, "search", "Kharkiv", "--type", "articles", "--data", data)).contains("1 hit");
        assertThat(run(ExitCodes.USAGE, "ingest", csv.toString(), "--data", data, "--threads", "0")).isEmpty();
        assertThat(run(ExitCodes.USAGE, "ingest", csv.toString(), "--data", data, "--field", "body=headline")).isEmpty();
    }

    private Path fixtureStore() throws IOException {
        Path data = dir.resolve("fixtures");
        try (LuceneRecordStore store = LuceneRecordStore.open(data)) {
            for (ArticleRecord r : FixtureRecords.all()) {
                store.put(r);
            }
            store.commit();
        }
        return data;
    }

    @Test
    void searchFiltersByTypeAndStatus() throws IOException {
        Path data = fixtureStore();
        String out = run(ExitCodes.OK, "search", "--type", "claims", "--status", "alleged", "--data", data.toString());
        assertThat(out).contains("3 hits").contains("Oekraïense autoriteiten");
        assertThat(run(ExitCodes.OK, "search", "--type", "events", "--event-type", "ASSAULT", "--place", "Kharkiv",
                "--data", data.toString())).contains("1 hit");
    }

    @Test
    void exportsJsonlClaimsCsvAndAcled() throws IOException {
        Path data = fixtureStore();
        Path jsonl = dir.resolve("out.jsonl");
        run(ExitCodes.OK, "export", "--format", "jsonl", "--out", jsonl.toString(), "--data", data.toString());
        List<ArticleRecord> back = Files.readAllLines(jsonl).stream().map(RecordJson::parse).toList();
        assertThat(back).containsExactlyInAnyOrderElementsOf(FixtureRecords.all());

        Path claims = dir.resolve("claims.csv");
        run(ExitCodes.OK, "export", "--format", "csv", "--out", claims.toString(), "--data", data.toString());
        List<CSVRecord> claimRows = csv(claims);
        assertThat(claimRows).hasSize(12);
        assertThat(claimRows).anySatisfy(r -> {
            assertThat(r.get("speaker")).isEqualTo("een woordvoerder van het ministerie");
            assertThat(r.get("via")).isEqualTo("RIA Novosti");
        });

        Path acled = dir.resolve("acled.csv");
        run(ExitCodes.OK, "export", "--format", "acled", "--out", acled.toString(), "--data", data.toString());
        List<CSVRecord> rows = csv(acled);
        assertThat(rows).hasSize(8);
        assertThat(rows.get(0).getParser().getHeaderNames()).startsWith("event_date", "time_precision", "event_type",
                "sub_event_type", "actor1", "actor2", "location", "latitude", "longitude", "geo_precision", "source",
                "notes", "fatalities");
        CSVRecord redCross = rows.stream().filter(r -> r.get("notes").contains("Rode Kruis")).findFirst().orElseThrow();
        assertThat(redCross.get("event_date")).isEqualTo("2022-03-30");
        assertThat(redCross.get("time_precision")).isEqualTo("1");
        assertThat(redCross.get("event_type")).isEqualTo("Explosions/Remote violence");
        assertThat(redCross.get("sub_event_type")).isEqualTo("Air/drone strike");
        assertThat(redCross.get("actor2")).isEqualTo("Red Cross");
        assertThat(redCross.get("location")).isEqualTo("Mariupol");
        assertThat(redCross.get("geo_precision")).isEqualTo("1");
        assertThat(redCross.get("claim_status")).isEqualTo("alleged;unverified");
        assertThat(redCross.get("plover_event_type")).isEqualTo("ASSAULT");
        assertThat(redCross.get("fatalities")).isEqualTo("0");
    }

    @Test
    void benchReportsPercentiles() throws IOException {
        Path data = fixtureStore();
        String out = run(ExitCodes.OK, "bench", "search", "--data", data.toString(), "--queries", "40", "--warmup", "5");
        assertThat(out).contains("40 queries").containsPattern("p50 \\d+\\.\\d\\d  p95 \\d+\\.\\d\\d");
        try (LuceneRecordStore store = LuceneRecordStore.open(data)) {
            assertThat(store.count(DocType.ARTICLE)).isEqualTo(4);
        }
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            return p.getRecords();
        }
    }
}
