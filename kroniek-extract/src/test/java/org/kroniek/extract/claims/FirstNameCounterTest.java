package org.kroniek.extract.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kroniek.pipeline.Document;
import org.kroniek.pipeline.Layers;
import org.kroniek.pipeline.Mention;
import org.kroniek.pipeline.SentenceStage;
import org.kroniek.record.EntityType;
import org.kroniek.record.Source;
import org.kroniek.text.Article;
import org.kroniek.text.Block;
import org.kroniek.text.SentenceSplitter;

class FirstNameCounterTest {
    private static Document doc(String language, String text, String... persons) {
        Document d = new Document(Article.of(Source.ofPath("t"), null, null, language, List.of(Block.paragraph(text))));
        new SentenceStage(SentenceSplitter.standard()).process(d);
        List<Mention> mentions = new ArrayList<>();
        for (String p : persons) {
            for (int at = d.text().indexOf(p); at >= 0; at = d.text().indexOf(p, at + 1)) {
                mentions.add(new Mention(at, at + p.length(), p, EntityType.PER, 1.0, "test"));
            }
        }
        d.put(Layers.MENTIONS, List.copyOf(mentions));
        return d;
    }

    @Test
    void aFirstNameGetsTheGenderOfTheFollowingPronounOncePerDocument() {
        FirstNameCounter counter = new FirstNameCounter();
        for (int i = 0; i < 3; i++) {
            counter.add(doc("nl", "Anna Smit woont in Utrecht. Ze werkt als lerares. Ze zegt dat ze blijft.", "Anna Smit"));
            counter.add(doc("en", "Peter Brown lives in Leeds. He is a teacher. His school is closed.", "Peter Brown"));
        }
        assertThat(counter.documents()).isEqualTo(6);
        assertThat(counter.lexicon(3, 0.8)).containsExactly("anna\tf\t0\t3", "peter\tm\t3\t0");
        assertThat(counter.lexicon(4, 0.8)).isEmpty();
    }

    @Test
    void anotherPersonInTheSentenceOrARoleNounLeavesTheNameUncounted() {
        FirstNameCounter counter = new FirstNameCounter();
        counter.add(doc("nl", "Anna Smit en Piet Jansen wonen in Utrecht. Hij werkt als leraar.", "Anna Smit", "Piet Jansen"));
        counter.add(doc("nl", "Een woordvoerder van wethouder Piet Jansen zegt dat het klopt. Volgens haar is het zo.", "Piet Jansen"));
        counter.add(doc("en", "Hillary Clinton smiled. Bill Clinton spoke. Mr. Clinton said he was proud.", "Hillary Clinton", "Bill Clinton"));
        assertThat(counter.lexicon(1, 0.8)).isEmpty();
    }

    @Test
    void theHeaderSaysHowToRegenerate() throws Exception {
        FirstNameCounter counter = new FirstNameCounter();
        counter.add(doc("en", "Mrs. Jane Doe spoke. She left.", "Jane Doe"));
        StringWriter w = new StringWriter();
        counter.write(w, 1, 0.8, "scripts/build-first-names.sh");
        assertThat(w.toString()).contains("# Regenerate: scripts/build-first-names.sh").endsWith("jane\tf\t0\t1\n");
    }
}
