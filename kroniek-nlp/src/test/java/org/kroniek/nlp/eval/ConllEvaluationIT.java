package org.kroniek.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kroniek.nlp.NlpModels;
import org.kroniek.nlp.conll.ConllReader;
import org.kroniek.nlp.conll.ConllSentence;
import org.kroniek.nlp.ner.EntityTaggers;

/**
 * Scores the bundled models on the CoNLL development sets in {@code ../shared/data} (skipped when
 * absent). Run with {@code mvn -B verify -DskipNlpITs=false}. The floors are the scores recorded
 * in MODELS.md minus a small margin, so a regression shows.
 */
class ConllEvaluationIT {
    private static final Path DATA = Path.of("../../shared/data");

    private static double f1(String language, String file) throws Exception {
        Path p = DATA.resolve(file);
        assumeTrue(Files.isRegularFile(p), "no " + p);
        List<ConllSentence> sentences = ConllReader.read(p);
        return ConllTagging.evaluate(EntityTaggers.standard(language).orElseThrow(), sentences, false, true).score(null).f1();
    }

    @Test
    void dutchOnTesta() throws Exception {
        assumeTrue(NlpModels.ner("nl").isPresent());
        assertThat(f1("nl", "conll2002/ned.testa")).isGreaterThan(0.80);
    }

    @Test
    void englishOnTesta() throws Exception {
        assumeTrue(NlpModels.ner("en").isPresent());
        assertThat(f1("en", "conll2003/eng.testa")).isGreaterThan(0.90);
    }
}
