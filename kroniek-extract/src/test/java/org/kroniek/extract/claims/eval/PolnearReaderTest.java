package org.kroniek.extract.claims.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kroniek.record.Span;

class PolnearReaderTest {
    @Test
    void readsSpansRelationsAndDiscontinuousFragments() throws IOException {
        List<String> lines = List.of(
                "T1\tSource 0 5\tTrump",
                "T2\tCue 6 10\tsaid",
                "T3\tContent 11 20;25 30\tsomething else",
                "T4\tAttribution 6 10\tsaid",
                "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
                "T5\tCue 40 44\tsays",
                "T6\tContent 45 50\tbroken",
                "line of a span text that held a line break",
                "E2\tAttribution-no-source:T5 Cue:T5 Content:T6");
        List<BratAttribution> a = PolnearReader.parse(Path.of("x.ann"), lines);
        assertThat(a).hasSize(2);
        assertThat(a.get(0).source()).containsExactly(new Span(0, 5));
        assertThat(a.get(0).content()).containsExactly(new Span(11, 20), new Span(25, 30));
        assertThat(a.get(1).source()).isEmpty();
        assertThat(a.get(1).cue()).containsExactly(new Span(40, 44));
    }

    @Test
    void overlapScores() {
        SpanScore s = new SpanScore();
        s.add(List.of(List.of(new Span(0, 5)), List.of(new Span(10, 20))), List.of(new Span(3, 4), new Span(30, 40)));
        assertThat(s.recall()).isEqualTo(0.5);
        assertThat(s.precision()).isEqualTo(0.5);
        assertThat(s.f1()).isEqualTo(0.5);
    }
}
