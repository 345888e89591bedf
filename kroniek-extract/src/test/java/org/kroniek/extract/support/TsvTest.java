package org.kroniek.extract.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TsvTest {
    @Test
    void aShortRowNamesFileAndLine() {
        assertThatThrownBy(() -> Tsv.read(TsvTest.class, "bad.tsv", 2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bad.tsv line 3");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> Tsv.read(TsvTest.class, "absent.tsv", 1)).hasMessageContaining("absent.tsv");
    }

    @Test
    void skipsCommentsAndBlankLines() {
        assertThat(Tsv.read(TsvTest.class, "bad.tsv", 1)).hasSize(2);
    }
}
