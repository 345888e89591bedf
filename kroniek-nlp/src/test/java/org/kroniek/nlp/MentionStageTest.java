package org.kroniek.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kroniek.nlp.ner.EntityTagger;
import org.kroniek.nlp.ner.GazetteerEntityTagger;
import org.kroniek.pipeline.Document;
import org.kroniek.pipeline.Layers;
import org.kroniek.pipeline.Mention;
import org.kroniek.pipeline.SentenceStage;
import org.kroniek.record.EntityType;
import org.kroniek.record.Paragraph;
import org.kroniek.record.Source;
import org.kroniek.text.Article;
import org.kroniek.text.SentenceSplitter;

class MentionStageTest {
    private static final EntityTagger NAMES = GazetteerEntityTagger.of(Map.of(
            List.of("Kremlin"), "ORG", List.of("NAVO"), "ORG", List.of("Dmitry", "Peskov"), "PER"));

    private static Document run(String language, String text) {
        Article article = new Article(Source.ofPath("t.txt"), null, null, language, text,
                List.of(new Paragraph(0, text.length(), false)));
        Document doc = new Document(article);
        new SentenceStage(SentenceSplitter.standard()).process(doc);
        new TokenStage().process(doc);
        new MentionStage(l -> l.equals("nl") ? Optional.of(NAMES) : Optional.empty()).process(doc);
        return doc;
    }

    @Test
    void namesInsideHyphenatedCompoundsGetExactOffsets() {
        String text = "Kremlin-woordvoerder Dmitry Peskov sprak over NAVO-lidmaatschap.";
        List<Mention> mentions = run("nl", text).require(Layers.MENTIONS);
        assertThat(mentions).extracting(Mention::text).containsExactly("Kremlin", "Dmitry Peskov", "NAVO");
        for (Mention m : mentions) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
        assertThat(mentions.get(0).type()).isEqualTo(EntityType.ORG);
        assertThat(mentions.get(0).origin()).isEqualTo("gazetteer");
    }

    @Test
    void unknownLanguageGetsTokensButNoMentions() {
        Document doc = run("und", "Kremlin-woordvoerder Dmitry Peskov sprak.");
        assertThat(doc.require(Layers.TOKENS).get(0).tokens()).hasSize(5);
        assertThat(doc.require(Layers.MENTIONS)).isEmpty();
    }

    @Test
    void dutchTokensGetPosTagsWhenTheModelIsBundled() {
        Document doc = run("nl", "De Russische president sprak woensdag.");
        boolean bundled = NlpModels.pos("nl").isPresent();
        assertThat(doc.require(Layers.TOKENS).get(0).tokens())
                .allSatisfy(t -> assertThat(t.pos() != null).isEqualTo(bundled));
    }
}
