package org.kroniek.nlp.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.nlp.clusters.ClusterFile;
import org.kroniek.nlp.conll.ConllReader;
import org.kroniek.nlp.conll.ConllSentence;
import org.kroniek.nlp.ner.NameSpan;
import org.kroniek.nlp.ner.OpenNlpEntityTagger;

/** Trains tiny models on a handful of sentences: the training path runs in CI in a second. */
class TinyNerTrainingTest {
    private static final String DATA = """
            Jan N B-PER
            woont V O
            in Prep O
            Gent N B-LOC
            . Punc O

            Piet N B-PER
            werkt V O
            bij Prep O
            Philips N B-ORG
            . Punc O

            Marie N B-PER
            woont V O
            in Prep O
            Brugge N B-LOC
            . Punc O

            Kees N B-PER
            werkt V O
            bij Prep O
            Shell N B-ORG
            . Punc O
            """;

    private static List<ConllSentence> sentences() throws Exception {
        List<ConllSentence> base = ConllReader.read(new StringReader(DATA), "tiny");
        List<ConllSentence> out = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            out.addAll(base);
        }
        return out;
    }

    @Test
    void trainsSavesLoadsAndTagsWithClusters(@TempDir Path dir) throws Exception {
        Path clusters = dir.resolve("c.tsv");
        ClusterFile.write(Map.of("gent", "c1", "brugge", "c1", "philips", "c2", "shell", "c2"), clusters);
        NerTrainer.Settings settings = new NerTrainer.Settings("PERCEPTRON", 20, 0, 3, List.of(clusters), null, "BIO");
        TokenNameFinderModel model = NerTrainer.train("nl", sentences(), settings);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.serialize(bytes);
        TokenNameFinderModel loaded = new TokenNameFinderModel(new ByteArrayInputStream(bytes.toByteArray()));

        List<NameSpan> names = new OpenNlpEntityTagger(loaded).tag(new String[] {"Marie", "woont", "in", "Gent", "."});
        assertThat(names).extracting(NameSpan::type).containsExactly("PER", "LOC");
        assertThat(names).extracting(NameSpan::start).containsExactly(0, 3);
        assertThat(Files.exists(clusters)).isTrue();
    }

    @Test
    void trainsMaxentToo() throws Exception {
        NerTrainer.Settings settings = new NerTrainer.Settings("MAXENT", 30, 0, 3, List.of(), null, "BILOU");
        TokenNameFinderModel model = NerTrainer.train("nl", sentences(), settings);
        assertThat(new OpenNlpEntityTagger(model).tag(new String[] {"Kees", "werkt", "bij", "Philips", "."}))
                .extracting(NameSpan::type).containsExactly("PER", "ORG");
    }

    @Test
    void trainsPosTagger() throws Exception {
        POSModel model = PosTrainer.train("nl", sentences(), "PERCEPTRON", 20, 0);
        assertThat(PosTrainer.accuracy(model, sentences())).isGreaterThan(0.9);
    }

    @Test
    void oneTaggerServesManyThreadsAlike() throws Exception {
        TokenNameFinderModel model = NerTrainer.train("nl", sentences(),
                new NerTrainer.Settings("PERCEPTRON", 20, 0, 3, List.of(), null, "BIO"));
        OpenNlpEntityTagger tagger = new OpenNlpEntityTagger(model);
        String[][] inputs = {{"Jan", "woont", "in", "Brugge", "."}, {"Piet", "werkt", "bij", "Shell", "."},
                {"Marie", "werkt", "bij", "Philips", "."}};
        List<List<NameSpan>> expected = new ArrayList<>();
        for (String[] in : inputs) {
            tagger.clearAdaptiveData(); // the previous-map feature remembers earlier sentences of a thread
            expected.add(tagger.tag(in));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int r = 0; r < 200; r++) {
                        int i = r % inputs.length;
                        tagger.clearAdaptiveData();
                        if (!tagger.tag(inputs[i]).equals(expected.get(i))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (var f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
