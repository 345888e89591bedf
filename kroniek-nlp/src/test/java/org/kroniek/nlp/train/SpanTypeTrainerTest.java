package org.kroniek.nlp.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;
import org.kroniek.nlp.conll.ConllReader;
import org.kroniek.nlp.conll.ConllSentence;
import org.kroniek.nlp.ner.NameSpan;
import org.kroniek.nlp.ner.OpenNlpEntityTagger;
import org.kroniek.nlp.ner.SpanTypeClassifier;
import org.kroniek.nlp.ner.SpanTypes;

/** Trains the span type classifier on a few documents, stores it in the model and loads it back. */
class SpanTypeTrainerTest {
    private static final String DOCUMENT = """
            -DOCSTART- -DOCSTART- O

            Jan N B-PER
            werkt V O
            bij Prep O
            Philips N B-ORG
            in Prep O
            Gent N B-LOC
            . Punc O

            Philips N B-ORG
            heeft V O
            winst N O
            . Punc O

            -DOCSTART- -DOCSTART- O

            Piet N B-PER
            werkt V O
            bij Prep O
            Shell N B-ORG
            in Prep O
            Brugge N B-LOC
            . Punc O

            Shell N B-ORG
            heeft V O
            verlies N O
            . Punc O
            """;

    private static List<ConllSentence> sentences() throws Exception {
        List<ConllSentence> out = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            out.addAll(ConllReader.read(new StringReader(DOCUMENT), "tiny"));
        }
        return out;
    }

    @Test
    void trainsAttachesSavesAndLoads() throws Exception {
        List<ConllSentence> train = sentences();
        NerTrainer.Settings ner = new NerTrainer.Settings("PERCEPTRON", 10, 0, 3, List.of(), null, "BILOU");
        TokenNameFinderModel model = NerTrainer.train("nl", train, ner);
        for (int folds : List.of(0, 2)) {
            SpanTypeClassifier classifier = SpanTypeTrainer.train(model, train,
                    new SpanTypeTrainer.Settings(20, 0, 0.6, folds), NerTrainer.parameters(ner));
            assertThat(classifier.usesModelType()).isEqualTo(folds > 0);

            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            SpanTypeTrainer.attach(model, classifier).serialize(bytes);
            TokenNameFinderModel loaded = new TokenNameFinderModel(new ByteArrayInputStream(bytes.toByteArray()));
            SpanTypeClassifier back = SpanTypes.classifier(loaded).orElseThrow();
            assertThat(back.threshold()).isEqualTo(0.6);
            assertThat(back.usesModelType()).isEqualTo(folds > 0);

            OpenNlpEntityTagger tagger = new OpenNlpEntityTagger(loaded);
            List<String[]> doc = new ArrayList<>();
            doc.add(new String[] {"Piet", "werkt", "bij", "Philips", "in", "Gent", "."});
            List<List<NameSpan>> names = tagger.reviseDocument(doc, List.of(tagger.tag(doc.get(0))));
            assertThat(names.get(0)).extracting(NameSpan::type).containsExactly("PER", "ORG", "LOC");
        }
    }

    @Test
    void aPersonAfterATitleKeepsItsTypeWhereAnUntitledOneIsRetyped() throws Exception {
        List<ConllSentence> train = sentences();
        NerTrainer.Settings ner = new NerTrainer.Settings("PERCEPTRON", 10, 0, 3, List.of(), null, "BILOU");
        TokenNameFinderModel model = NerTrainer.train("nl", train, ner);
        SpanTypeClassifier classifier = SpanTypeTrainer.train(model, train,
                new SpanTypeTrainer.Settings(20, 0, 0.6, 0), NerTrainer.parameters(ner));
        OpenNlpEntityTagger tagger = new OpenNlpEntityTagger(SpanTypeTrainer.attach(model, classifier));

        List<String[]> untitled = List.<String[]>of(new String[] {"Shell", "heeft", "winst", "."});
        List<List<NameSpan>> retyped = tagger.reviseDocument(untitled, List.of(List.of(new NameSpan(0, 1, "PER", 0.5, "model"))));
        assertThat(retyped.get(0)).extracting(NameSpan::type).containsExactly("ORG");

        List<String[]> titled = List.<String[]>of(new String[] {"minister", "Shell", "heeft", "winst", "."});
        List<List<NameSpan>> kept = tagger.reviseDocument(titled, List.of(List.of(new NameSpan(1, 2, "PER", 0.5, "model"))));
        assertThat(kept.get(0)).extracting(NameSpan::type).containsExactly("PER");
    }
}
