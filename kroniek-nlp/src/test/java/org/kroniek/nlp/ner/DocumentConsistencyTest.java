package org.kroniek.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentConsistencyTest {
    private static NameSpan span(int s, int e, String type) {
        return new NameSpan(s, e, type, 0.9, "model");
    }

    @Test
    void majorityTypeWinsAndMissedOccurrencesAreAdded() {
        List<String[]> doc = List.of(
                new String[] {"Tectrade", "won", "."},
                new String[] {"Daarna", "verloor", "Tectrade", "."},
                new String[] {"Ook", "Tectrade", "sprak", "."},
                new String[] {"Tectrade", "zweeg", "."});
        List<List<NameSpan>> names = List.of(List.of(span(0, 1, "ORG")), List.of(span(2, 3, "ORG")),
                List.of(span(1, 2, "LOC")), List.of());
        List<List<NameSpan>> out = DocumentConsistency.apply(doc, names);
        assertThat(out.get(2)).extracting(NameSpan::type).containsExactly("ORG");
        assertThat(out.get(2).get(0).origin()).isEqualTo("model+document");
        // a sentence-initial capital is no evidence of a name: not propagated
        assertThat(out.get(3)).isEmpty();
    }

    @Test
    void tiesKeepEachTag() {
        List<String[]> doc = List.of(new String[] {"x", "Granada"}, new String[] {"y", "Granada"});
        List<List<NameSpan>> out = DocumentConsistency.apply(doc, List.of(List.of(span(1, 2, "LOC")), List.of(span(1, 2, "ORG"))));
        assertThat(out.get(0).get(0).type()).isEqualTo("LOC");
        assertThat(out.get(1).get(0).type()).isEqualTo("ORG");
    }

    @Test
    void propagationPrefersTheLongestKnownName() {
        List<String[]> doc = List.of(new String[] {"x", "Rode", "Kruis"}, new String[] {"bij", "het", "Rode", "Kruis"});
        List<List<NameSpan>> out = DocumentConsistency.apply(doc, List.of(List.of(span(1, 3, "ORG")), List.of()));
        assertThat(out.get(1)).containsExactly(new NameSpan(2, 4, "ORG", 0.5, "document"));
    }
}
