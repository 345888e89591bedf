package org.kroniek.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GazetteerEntityTaggerTest {
    private final GazetteerEntityTagger gazetteer = GazetteerEntityTagger.of(Map.of(
            List.of("Rode", "Kruis"), "ORG", List.of("Kruis"), "LOC", List.of("Kyiv"), "LOC"));

    @Test
    void longestMatchWins() {
        assertThat(gazetteer.tag(new String[] {"het", "Rode", "Kruis", "in", "Kyiv"}))
                .containsExactly(new NameSpan(1, 3, "ORG", 1.0, "gazetteer"), new NameSpan(4, 5, "LOC", 1.0, "gazetteer"));
    }

    @Test
    void caseSensitive() {
        assertThat(gazetteer.tag(new String[] {"kyiv"})).isEmpty();
    }

    @Test
    void bundledListsLoad() {
        assertThat(GazetteerEntityTagger.bundled("nl")).isPresent();
        assertThat(GazetteerEntityTagger.bundled("en")).isPresent();
        assertThat(GazetteerEntityTagger.bundled("xx")).isEmpty();
    }

    @Test
    void badLineIsNamed() {
        assertThatThrownBy(() -> GazetteerEntityTagger.parse(new BufferedReader(new StringReader("PER\tJan\nXYZ\tPiet\n")), "g.tsv"))
                .hasMessageContaining("g.tsv:2");
    }

    @Test
    void mergeKeepsFirstBoundariesAndRetypesSameExtent() {
        EntityTagger model = tokens -> List.of(new NameSpan(0, 1, "LOC", 0.9, "model"), new NameSpan(2, 4, "ORG", 0.8, "model"));
        EntityTagger list = tokens -> List.of(new NameSpan(0, 1, "ORG", 1, "gazetteer"), new NameSpan(3, 4, "LOC", 1, "gazetteer"),
                new NameSpan(5, 6, "PER", 1, "gazetteer"));
        List<NameSpan> merged = new MergedEntityTagger(List.of(model, list), true).tag(new String[7]);
        assertThat(merged).extracting(NameSpan::start, NameSpan::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, "ORG"), org.assertj.core.groups.Tuple.tuple(2, "ORG"),
                        org.assertj.core.groups.Tuple.tuple(5, "PER"));
        assertThat(merged.get(0).origin()).isEqualTo("model+gazetteer");
    }
}
