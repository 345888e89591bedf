package org.kroniek.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kroniek.record.Precision;
import org.kroniek.text.Article;

/**
 * Reads the real data in {@code ../shared/data} (skipped when absent): the DpgMedia2019 JSON
 * Lines and the 2022 press-release CSVs, checking fields and dates as those files have them.
 */
class SharedDataTest {
    private static final Path ROOT = Path.of("..", "..", "shared", "data");

    private static Path shared(String file) {
        Path p = ROOT.resolve(file);
        if (!Files.exists(p)) {
            p = Path.of("..", "shared", "data", file);
        }
        assumeTrue(Files.exists(p), "../shared/data absent: " + file);
        return p;
    }

    private static List<ReadItem> readAll(Path p, ReaderOptions options) {
        try (Stream<ReadItem> items = Inputs.open(List.of(p.toString()), options)) {
            return items.toList();
        }
    }

    @Test
    void dpgMediaJsonLines() {
        Path p = shared("dpgmedia2019-nl/dpgMedia2019-articles-byarticle-all.jsonl");
        List<ReadItem> items = readAll(p, ReaderOptions.defaults().withLanguageDetector(t -> "und"));
        List<Article> found = Fixtures.articles(items);
        List<ReadItem.Failure> failures = Fixtures.failures(items);
        assertThat(found.size() + failures.size()).isEqualTo(1438);
        assertThat(failures).allSatisfy(f -> assertThat(f.reason()).isEqualTo("no text"));
        assertThat(found.stream().filter(a -> a.published().precision() != Precision.DAY
                || !a.published().value().matches("2019-0[1-4]-\\d\\d")).count()).isZero();
        assertThat(found.stream().filter(a -> a.title() != null).count()).isGreaterThan(found.size() * 95L / 100);
        assertThat(found.get(0).source().record()).isEqualTo(0);
        assertThat(found.get(57 - countFailuresBefore(failures, 57)).source().record()).isEqualTo(57);
    }

    private static int countFailuresBefore(List<ReadItem.Failure> failures, int record) {
        return (int) failures.stream().filter(f -> f.record() < record).count();
    }

    @Test
    void pressReleaseCsvs() {
        for (String name : List.of("putin.csv", "zelenskyy.csv")) {
            Path p = shared("en-press-releases-2022/" + name);
            List<ReadItem> items = readAll(p, ReaderOptions.defaults().withLanguageDetector(t -> "und"));
            assertThat(Fixtures.failures(items)).isEmpty();
            List<Article> found = Fixtures.articles(items);
            assertThat(found).hasSizeGreaterThan(800);
            assertThat(found.stream().filter(a -> a.published().precision() != Precision.DATETIME
                    || !a.published().value().matches("202[12]-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ")
                    || !a.source().url().startsWith("http")).count()).isZero();
            assertThat(found.stream().filter(a -> a.title() != null).count()).isGreaterThan(found.size() * 95L / 100);
        }
    }
}
