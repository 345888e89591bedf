package org.kroniek.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.Source;
import org.kroniek.record.Span;
import org.kroniek.text.Article;
import org.kroniek.text.Block;
import org.kroniek.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

class PipelineTest {
    private static final Article ARTICLE = Article.of(Source.ofPath("a.txt"), "Titel", null, "nl",
            List.of(Block.paragraph("Eerste zin. Tweede zin.")));

    @Test
    void runsStagesAndAssemblesTheRecord() {
        Pipeline p = Pipeline.builder().add(new SentenceStage(SentenceSplitter.standard())).build();
        ArticleRecord r = p.process(ARTICLE);
        assertThat(r.sentences()).containsExactly(new Span(0, 11), new Span(12, 23));
        assertThat(r.language()).isEqualTo("nl");
        assertThat(r.entities()).isEmpty();
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void aFailingStageBecomesAProblemAndLaterStagesStillRun() {
        Stage broken = new Stage() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public void process(Document document) {
                throw new IllegalStateException("boom");
            }
        };
        Pipeline p = Pipeline.builder().add(broken).add(new SentenceStage(SentenceSplitter.standard())).build();
        ArticleRecord r = p.process(ARTICLE);
        assertThat(r.problems()).singleElement().asString().contains("broken").contains("boom");
        assertThat(r.sentences()).hasSize(2);
    }

    @Test
    void rejectsTwoStagesWithOneName() {
        SentenceStage s = new SentenceStage(SentenceSplitter.standard());
        assertThatThrownBy(() -> Pipeline.builder().add(s).add(s)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void documentChecksLayerTypes() {
        Document d = new Document(ARTICLE);
        @SuppressWarnings({"unchecked", "rawtypes"})
        Layer<Object> raw = (Layer) Layers.SENTENCES;
        assertThatThrownBy(() -> d.put(raw, "not a list")).isInstanceOf(IllegalArgumentException.class);
        assertThat(d.list(Layers.CLAIMS)).isEmpty();
        assertThatThrownBy(() -> d.require(Layers.TOKENS)).hasMessageContaining("tokens");
    }

    @Test
    void problemsAreCapped() {
        Document d = new Document(ARTICLE);
        for (int i = 0; i < 100; i++) {
            d.problem("p" + i);
        }
        assertThat(d.problems()).hasSize(Document.MAX_PROBLEMS);
    }
}
