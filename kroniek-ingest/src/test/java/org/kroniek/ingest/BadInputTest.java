package org.kroniek.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kroniek.ingest.Fixtures.articles;
import static org.kroniek.ingest.Fixtures.failures;
import static org.kroniek.ingest.Fixtures.read;
import static org.kroniek.ingest.Fixtures.warnings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kroniek.text.Article;

/** Bad input gives one failure naming file, record and reason, and reading goes on. */
class BadInputTest {
    @Test
    void binaryFile() {
        assertThat(failures(read("binary.txt"))).singleElement()
                .satisfies(f -> assertThat(f.reason()).isEqualTo("binary file, not text"));
    }

    @Test
    void truncatedGzipIsUnreadable(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        byte[] whole = java.nio.file.Files.readAllBytes(Fixtures.path("zipped.txt.gz"));
        java.nio.file.Path cut = java.nio.file.Files.write(dir.resolve("cut.txt.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));
        List<ReadItem> items;
        try (var s = Inputs.open(List.of(cut.toString()), ReaderOptions.defaults())) {
            items = s.toList();
        }
        assertThat(articles(items)).isEmpty();
        assertThat(failures(items)).singleElement().satisfies(f -> {
            assertThat(f.file()).endsWith("cut.txt.gz");
            assertThat(f.reason()).startsWith("truncated gzip file");
        });
    }

    @Test
    void emptyFile() {
        assertThat(failures(read("empty.txt"))).singleElement()
                .satisfies(f -> assertThat(f.reason()).isEqualTo("empty file"));
    }

    @Test
    void utf16IsNamedAsSuch() {
        assertThat(failures(read("utf16.txt"))).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("UTF-16"));
    }

    @Test
    void oversizedTextFileAndRecord() {
        ReaderOptions tiny = ReaderOptions.defaults().withMaxTextChars(60);
        List<ReadItem> items = read(tiny, "dated.txt", "press.csv", "mixed.jsonl");
        assertThat(articles(items)).isEmpty();
        assertThat(failures(items)).extracting(ReadItem.Failure::reason)
                .allMatch(r -> r.matches("(file|text) is larger than 60 characters .*|malformed JSON.*|no text.*|not a JSON object"));
        assertThat(failures(items).get(0).file()).endsWith("dated.txt");
        assertThat(failures(items).get(0).reason()).contains("--max-text-mb");
        assertThat(failures(items)).filteredOn(f -> f.file().endsWith("press.csv")).extracting(ReadItem.Failure::record)
                .containsExactly(0, 1);
    }

    @Test
    void windows1252IsRepairedWithAWarning() {
        List<ReadItem> items = read("cp1252.txt");
        Article a = articles(items).get(0);
        assertThat(a.text()).contains("\u201cramp\u201d", "café", "€ 5 miljoen");
        assertThat(failures(items)).isEmpty();
        assertThat(warnings(items)).singleElement().satisfies(w -> assertThat(w.message()).contains("windows-1252"));
    }

    @Test
    void declaredCharsetOfAPageIsUsed() {
        List<ReadItem> items = read("cp1251.html");
        Article a = articles(items).get(0);
        assertThat(a.text()).startsWith("По словам губернатора, в среду в Харькове");
        assertThat(a.title()).isEqualTo("Обстрел Харькова");
        assertThat(a.language()).isEqualTo("ru");
        assertThat(warnings(items)).isEmpty();
    }

    @Test
    void csvWithBrokenQuotingKeepsRowsBeforeIt() {
        List<ReadItem> items = read("broken.csv");
        assertThat(articles(items)).singleElement().satisfies(a -> assertThat(a.title()).isEqualTo("First"));
        assertThat(failures(items)).singleElement().satisfies(f -> {
            assertThat(f.record()).isEqualTo(1);
            assertThat(f.reason()).startsWith("malformed CSV");
        });
    }

    @Test
    void csvWithoutTextColumn() {
        assertThat(failures(read("notext.csv"))).singleElement().satisfies(f -> {
            assertThat(f.record()).isNull();
            assertThat(f.reason()).contains("no text column", "headline, date, summary");
        });
    }

    @Test
    void missingFileAndUnmatchedGlobKeepTheirPlace() {
        List<ReadItem> items;
        try (var s = Inputs.open(List.of("no/such/file.txt", Fixtures.path("lines.txt").toString(), "no/such/*.jsonl"),
                ReaderOptions.defaults())) {
            items = s.toList();
        }
        assertThat(items).hasSize(3);
        assertThat(((ReadItem.Failure) items.get(0)).reason()).isEqualTo("no such file or directory");
        assertThat(items.get(1)).isInstanceOf(ReadItem.Found.class);
        assertThat(((ReadItem.Failure) items.get(2)).reason()).isEqualTo("no file matches");
    }

    @Test
    void everyMessageIsOneLineNamingTheFile() {
        List<ReadItem> items = read("binary.txt", "empty.txt", "broken.csv", "mixed.jsonl", "notext.csv");
        assertThat(failures(items)).hasSizeGreaterThanOrEqualTo(8).allSatisfy(f -> {
            assertThat(f.describe()).doesNotContain("\n").startsWith(f.file() + ": ");
            assertThat(f.describe()).doesNotContain("Exception");
        });
    }
}
