package org.kroniek.nlp.conll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllReaderTest {
    @Test
    void readsConll2002WithDocstartBeforeDocuments() throws Exception {
        String in = "-DOCSTART- -DOCSTART- O\nDe Art O\nNAVO N B-ORG\n\nZe Pron O\n\n-DOCSTART- -DOCSTART- O\nJan N B-PER\nPeeters N I-PER\n";
        List<ConllSentence> s = ConllReader.read(new StringReader(in), "t");
        assertThat(s).hasSize(3);
        assertThat(s).extracting(ConllSentence::documentStart).containsExactly(true, false, true);
        assertThat(s.get(0).pos()).containsExactly("Art", "N");
        assertThat(s.get(2).tags()).containsExactly("B-PER", "I-PER");
    }

    @Test
    void readsConll2003Iob1WithDocstartAtDocumentEnd() throws Exception {
        String in = "EU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\n\n-DOCSTART- -X- O O\n\nPeter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\n";
        List<ConllSentence> s = ConllReader.read(new StringReader(in), "t");
        assertThat(s.get(0).tags()).containsExactly("B-ORG", "O", "B-MISC");
        assertThat(s.get(1).tags()).containsExactly("B-PER", "I-PER");
        assertThat(s).extracting(ConllSentence::documentStart).containsExactly(true, true);
    }

    @Test
    void iob1AdjacentEntitiesOfOneType() {
        assertThat(Iob.toIob2(List.of("I-LOC", "B-LOC", "I-LOC", "I-PER"))).containsExactly("B-LOC", "B-LOC", "I-LOC", "B-PER");
    }

    @Test
    void spansFollowConlleval() {
        assertThat(Iob.spans(List.of("B-PER", "I-PER", "O", "I-ORG", "B-ORG", "I-LOC")))
                .containsExactly(new Iob.TagSpan(0, 2, "PER"), new Iob.TagSpan(3, 4, "ORG"), new Iob.TagSpan(4, 5, "ORG"),
                        new Iob.TagSpan(5, 6, "LOC"));
        assertThat(Iob.fromSpans(List.of(new Iob.TagSpan(1, 3, "LOC")), 4)).containsExactly("O", "B-LOC", "I-LOC", "O");
    }

    @Test
    void badLineNamesFileAndLine() {
        assertThatThrownBy(() -> ConllReader.read(new StringReader("De Art O\nkapot\n"), "f.conll"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("f.conll:2");
    }
}
