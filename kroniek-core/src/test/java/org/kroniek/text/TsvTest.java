package org.kroniek.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TsvTest {
    @Test
    void aShortRowNamesFileAndLine() {
        assertThatThrownBy(() -> Tsv.rows(TsvTest.class, "bad.tsv", 2, Tsv.Cells.STRIPPED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bad.tsv line 3");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> Tsv.rows(TsvTest.class, "absent.tsv", 1, Tsv.Cells.AS_IS)).hasMessageContaining("absent.tsv");
    }

    @Test
    void skipsCommentsAndBlankLines() {
        assertThat(Tsv.rows(TsvTest.class, "bad.tsv", 1, Tsv.Cells.AS_IS)).hasSize(2);
    }

    @Test
    void stripsCellsWhenAsked() {
        assertThat(Tsv.rows(TsvTest.class, "cells.tsv", 3, Tsv.Cells.STRIPPED).get(0)).containsExactly("a", "b", "", "");
        assertThat(Tsv.rows(TsvTest.class, "cells.tsv", 3, Tsv.Cells.AS_IS).get(0)).containsExactly(" a ", "b", " ", "");
    }

    @Test
    void readsGzippedResources() {
        assertThat(Tsv.rows(TsvTest.class, "cells.tsv.gz", 3, Tsv.Cells.STRIPPED).get(0)).containsExactly("a", "b", "", "");
    }

    @Test
    void wordListsAreStrippedLinesWithoutComments() {
        assertThat(Tsv.lines(TsvTest.class, "words.txt")).containsExactly("aanval", "Bijv.");
    }
}
