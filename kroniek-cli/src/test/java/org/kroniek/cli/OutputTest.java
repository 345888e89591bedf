package org.kroniek.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.Source;

/** The pieces of extract's output: record writer, ordering, progress bar. */
class OutputTest {
    private static ArticleRecord record(String id) {
        return new ArticleRecord(id, Source.ofPath("x"), null, "nl", null, "tekst", null, null, null, null, null, null, null, null);
    }

    private static String written(RecordWriter.Format format, int n) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RecordWriter w = new RecordWriter(new PrintStream(bytes, true, StandardCharsets.UTF_8), format);
        for (int i = 0; i < n; i++) {
            w.write(record("r" + i));
        }
        w.finish();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonIsAnObjectForOneRecordAndAnArrayOtherwise() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(written(RecordWriter.Format.json, 0)).isArray()).isTrue();
        assertThat(json.readTree(written(RecordWriter.Format.json, 1)).get("id").asText()).isEqualTo("r0");
        assertThat(json.readTree(written(RecordWriter.Format.json, 3))).hasSize(3);
        assertThat(written(RecordWriter.Format.jsonl, 3).split("\n")).hasSize(3);
    }

    @Test
    void orderedOutputKeepsInputOrderWhateverFinishesFirst() {
        List<String> out = new ArrayList<>();
        OrderedOutput ordered = new OrderedOutput(10, r -> out.add(r.id()), out::add);
        CompletableFuture<ArticleRecord> slow = new CompletableFuture<>();
        CompletableFuture<ArticleRecord> fast = new CompletableFuture<>();
        ordered.record(slow, "a");
        ordered.message("m1");
        ordered.record(fast, "b");
        fast.complete(record("b"));
        ordered.drain(false);
        assertThat(out).isEmpty();
        slow.complete(record("a"));
        ordered.drain(false);
        assertThat(out).containsExactly("a", "m1", "b");
    }

    @Test
    void orderedOutputReportsAFailedRecord() {
        List<String> out = new ArrayList<>();
        OrderedOutput ordered = new OrderedOutput(10, r -> out.add(r.id()), out::add);
        ordered.record(CompletableFuture.failedFuture(new IllegalStateException("boom")), "f.txt");
        ordered.drain(true);
        assertThat(out).singleElement().satisfies(l -> assertThat(l).startsWith("f.txt: internal error: ").contains("boom"));
        assertThat(ordered.errors()).isEqualTo(1);
    }

    @Test
    void progressBarDrawsOnOneLineAndClears() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), 4);
        bar.update(2, 512);
        String drawn = bytes.toString(StandardCharsets.UTF_8);
        assertThat(drawn).startsWith("\r[##########..........] 2/4 files 512 articles ").endsWith("/s").doesNotContain("\n");
        bar.clear();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).endsWith("\r");
    }
}
