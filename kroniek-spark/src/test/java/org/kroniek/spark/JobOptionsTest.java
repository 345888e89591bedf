package org.kroniek.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kroniek.ingest.Format;

class JobOptionsTest {
    @Test
    void readsOptionsAndPaths() {
        JobOptions o = JobOptions.parse(new String[] {"--out", "o", "a.jsonl", "--partitions", "12",
            "--max-text-mb", "2", "--input-format", "warc", "hdfs://nn/b/"});
        assertThat(o.inputs()).containsExactly("a.jsonl", "hdfs://nn/b/");
        assertThat(o.output()).isEqualTo("o");
        assertThat(o.partitions()).isEqualTo(12);
        assertThat(o.maxTextChars()).isEqualTo(2_000_000L);
        assertThat(o.format()).isEqualTo(Format.WARC);
    }

    @Test
    void refusesUnknownOptionsByName() {
        assertThatThrownBy(() -> JobOptions.parse(new String[] {"--out", "o", "--threads", "4", "a"}))
                .hasMessageStartingWith("unknown option --threads");
    }

    @Test
    void needsAnOutputAndAnInput() {
        assertThatThrownBy(() -> JobOptions.parse(new String[] {"a"})).hasMessageContaining("--out DIR is required");
        assertThatThrownBy(() -> JobOptions.parse(new String[] {"--out", "o"})).hasMessageContaining("no input path");
    }

    @Test
    void namesTheBadNumber() {
        assertThatThrownBy(() -> JobOptions.parse(new String[] {"--out", "o", "--partitions", "many", "a"}))
                .hasMessage("--partitions takes a whole number, not 'many'");
    }

    @Test
    void defaultsAreTheReadersDefaults() {
        JobOptions o = JobOptions.of(List.of("a"), "o");
        assertThat(o.readerOptions().maxTextChars()).isEqualTo(o.maxTextChars());
        assertThat(o.partitions()).isZero();
    }
}
