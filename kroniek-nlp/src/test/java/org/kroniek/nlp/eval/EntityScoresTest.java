package org.kroniek.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityScoresTest {
    @Test
    void exactSpanAndTypeCount() {
        EntityScores s = new EntityScores();
        s.add(List.of("B-PER", "I-PER", "O", "B-LOC"), List.of("B-PER", "I-PER", "O", "B-ORG"));
        s.add(List.of("B-ORG", "O"), List.of("B-ORG", "B-MISC"));
        assertThat(s.score(null)).isEqualTo(new EntityScores.Score(2, 4, 3));
        assertThat(s.score(null).f1()).isCloseTo(2 * 0.5 * (2 / 3.0) / (0.5 + 2 / 3.0), within(1e-9));
        assertThat(s.score("LOC").recall()).isZero();
        assertThat(s.types()).containsExactly("LOC", "MISC", "ORG", "PER");
    }

    @Test
    void partialSpanIsWrong() {
        EntityScores s = new EntityScores();
        s.add(List.of("B-PER", "I-PER"), List.of("B-PER", "O"));
        assertThat(s.score(null).correct()).isZero();
    }

    @Test
    void typelessIgnoresTypes() {
        EntityScores s = new EntityScores(true);
        s.add(List.of("B-LOC"), List.of("B-ORG"));
        assertThat(s.score(null).f1()).isEqualTo(1.0);
        assertThat(s.report()).contains("overall");
    }
}
