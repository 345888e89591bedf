package org.kroniek.extract.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kroniek.pipeline.Document;
import org.kroniek.pipeline.Layers;
import org.kroniek.pipeline.SentenceStage;
import org.kroniek.record.Claim;
import org.kroniek.record.Precision;
import org.kroniek.record.Source;
import org.kroniek.record.TimeExpression;
import org.kroniek.text.Article;
import org.kroniek.text.Block;
import org.kroniek.text.SentenceSplitter;

class ClaimStageTest {
    @Test
    void timeInTheReportingClauseBecomesTheClaimTime() {
        String text = "Het leger meldde woensdag dat de stad is ingenomen.";
        Document doc = new Document(Article.of(Source.ofPath("t"), null, null, "nl", List.of(Block.paragraph(text))));
        new SentenceStage(SentenceSplitter.standard()).process(doc);
        int at = text.indexOf("woensdag");
        doc.put(Layers.TIMES, List.of(new TimeExpression("t1", "woensdag", at, at + 8, "2022-03", Precision.MONTH, 3, false)));
        new ClaimStage().process(doc);
        Claim c = doc.list(Layers.CLAIMS).get(0);
        assertThat(c.time()).isEqualTo("t1");
        assertThat(c.speaker().kind().label()).isEqualTo("military");
        assertThat(doc.list(ClaimStage.ATTRIBUTIONS)).hasSize(1);
    }

    @Test
    void languageIsGuessedWhenUnknown() {
        List<Claim> claims = Claims.of(null, "The army said that the city had fallen to the rebels on Monday.");
        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).speaker().text()).isEqualTo("The army");
    }

    @Test
    void idsAreSequentialAndOffsetsPointIntoTheText() {
        Document doc = Claims.run("nl", "Volgens de VN zijn er honderd doden. De NAVO zegt dat er meer hulp komt.");
        List<Claim> claims = doc.list(Layers.CLAIMS);
        assertThat(claims).extracting(Claim::id).containsExactly("c1", "c2");
        for (Claim c : claims) {
            assertThat(doc.text().substring(c.start(), c.end())).isEqualTo(c.text());
        }
        assertThat(claims.get(0).speaker().kind().label()).isEqualTo("international-org");
    }

    @Test
    void emptyArticleHasNoClaims() {
        assertThat(Claims.of("nl", "")).isEmpty();
    }
}
