package org.kroniek.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kroniek.ingest.Format;
import org.kroniek.merge.MergeConfig;

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
    void storiesRunWithTheMergeDefaultsUnlessTurnedOff() {
        JobOptions o = JobOptions.parse(new String[] {"--out", "o", "a"});
        assertThat(o.stories()).isTrue();
        assertThat(o.mergeConfig()).isEqualTo(MergeConfig.defaults());
        JobOptions w = JobOptions.parse(new String[] {"--window", "7", "--out", "o", "a"});
        assertThat(w.mergeConfig()).isEqualTo(MergeConfig.defaults().withStoryWindowDays(7));
        JobOptions off = JobOptions.parse(new String[] {"--out", "o", "--no-stories", "a"});
        assertThat(off.stories()).isFalse();
        assertThat(off.inputs()).containsExactly("a");
        assertThatThrownBy(() -> JobOptions.parse(new String[] {"--out", "o", "--window", "-1", "a"}))
                .hasMessage("--window must be 0 or more days, not -1");
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
