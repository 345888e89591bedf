package org.kroniek.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdTest {
    @Test
    void sameTextSameId() {
        assertThat(ArticleId.of("Poetin eist overgave.")).isEqualTo(ArticleId.of("Poetin eist overgave."));
    }

    @Test
    void ignoresWhiteSpaceQuotesAndCase() {
        assertThat(ArticleId.of("Poetin  eist \"overgave\".\n\nKyiv"))
                .isEqualTo(ArticleId.of("poetin eist “overgave”. Kyiv"));
    }

    @Test
    void differentTextDifferentId() {
        assertThat(ArticleId.of("Poetin eist overgave.")).isNotEqualTo(ArticleId.of("Poetin eist geen overgave."));
    }

    @Test
    void idIsShortHex() {
        assertThat(ArticleId.of("x")).matches("[0-9a-f]{20}");
    }
}
