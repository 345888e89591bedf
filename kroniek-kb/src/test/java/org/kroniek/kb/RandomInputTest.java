package org.kroniek.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.kroniek.pipeline.Document;
import org.kroniek.pipeline.Layers;
import org.kroniek.pipeline.Mention;
import org.kroniek.record.Entity;
import org.kroniek.record.Source;
import org.kroniek.record.TextSpan;
import org.kroniek.text.Article;

/** Any text, however odd, gives well-formed mentions and entities and never an exception. */
class RandomInputTest {
    private static final KnowledgeBase KB = KnowledgeBase.standard();
    private static final GazetteerTagger TAGGER = new GazetteerTagger(KB);
    private static final EntityStage STAGE = EntityStage.standard();
    private static final String WORDS = "Kyiv Kiev Poetin Russische ministerie van Defensie Oost-Oekraïne NAVO- het Kremlin "
            + "beweert volgens Moskou 's ' - . , \" Jan D66 oblast Donetsk Ukraine's Poetins Ζ Ж 中 \u0301 \uD83D\uDE00 ";

    @Property(tries = 200)
    void mentionsAreValidSpans(@ForAll @StringLength(max = 300) String noise, @ForAll("seedWords") String words) {
        String text = noise + " " + words + " " + noise;
        for (Mention m : TAGGER.tag(text, List.of())) {
            assertThat(m.start()).isBetween(0, m.end());
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
        Document doc = new Document(new Article(Source.ofPath(null), null, null, "nl", text, List.of()));
        doc.put(Layers.MENTIONS, TAGGER.tag(text, List.of()));
        STAGE.process(doc);
        for (Entity e : doc.require(Layers.ENTITIES)) {
            assertThat(e.id()).contains(":");
            for (TextSpan s : e.mentions()) {
                assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
            }
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> seedWords() {
        String[] w = WORDS.split(" ");
        return net.jqwik.api.Arbitraries.of(w).list().ofMaxSize(20).map(l -> String.join(" ", l));
    }
}
