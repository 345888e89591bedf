package org.kroniek.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.kroniek.nlp.NlpModels;
import org.kroniek.nlp.conll.ConllReader;
import org.kroniek.nlp.conll.ConllSentence;
import org.kroniek.nlp.train.NerTrainer;

/** The fast perceptron decoder gives exactly what OpenNLP's NameFinderME gives. */
class PerceptronNameFinderTest {
    private static final String DATA = """
            Jan N B-PER
            Peeters N I-PER
            woont V O
            in Prep O
            Gent N B-LOC
            . Punc O

            Piet N B-PER
            werkt V O
            bij Prep O
            Philips N B-ORG
            Lighting N I-ORG
            in Prep O
            Eindhoven N B-LOC
            . Punc O

            De Art O
            Europese Adj B-MISC
            Commissie N O
            en Conj O
            Shell N B-ORG
            praten V O
            . Punc O
            """;

    private static final String[][] SENTENCES = {
            {"Jan", "werkt", "bij", "Shell", "in", "Gent", "."},
            {"Marie", "Peeters", "en", "Piet", "Jansen", "wonen", "in", "Eindhoven", "Noord", "."},
            {"De", "Europese", "Unie", "en", "Philips", "Lighting", "praten", "over", "Gent", "."},
            {"Shell"},
            {},
    };

    @Test
    void tinyModelsDecodeAsNameFinderMe() throws Exception {
        List<ConllSentence> base = ConllReader.read(new StringReader(DATA), "tiny");
        List<ConllSentence> train = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            train.addAll(base);
        }
        for (String codec : List.of("BIO", "BILOU")) {
            for (int beam : List.of(1, 3, 5)) {
                TokenNameFinderModel model = NerTrainer.train("nl", train,
                        new NerTrainer.Settings("PERCEPTRON", 20, 0, beam, List.of(), null, codec));
                assertSame(model, SENTENCES);
            }
        }
    }

    @Test
    void bundledDutchModelDecodesAsNameFinderMe() {
        NlpModels.ner("nl").ifPresent(m -> assertSame(m, SENTENCES));
    }

    private static void assertSame(TokenNameFinderModel model, String[][] sentences) {
        assertThat(PerceptronNameFinder.supports(model)).isTrue();
        NameFinderME reference = new NameFinderME(model);
        PerceptronNameFinder fast = new PerceptronNameFinder(model, PerceptronNameFinder.modelBeam(model));
        for (String[] tokens : sentences) {
            Span[] expected = reference.find(tokens);
            Span[] actual = fast.find(tokens);
            assertThat(actual).as(String.join(" ", tokens)).containsExactly(expected);
            for (int i = 0; i < expected.length; i++) {
                assertThat(actual[i].getProb()).isEqualTo(expected[i].getProb());
            }
        }
        reference.clearAdaptiveData();
        fast.clearAdaptiveData();
        assertThat(fast.find(sentences[0])).containsExactly(reference.find(sentences[0]));
    }
}
