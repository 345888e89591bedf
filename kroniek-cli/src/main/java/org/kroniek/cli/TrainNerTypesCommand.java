package org.kroniek.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.kroniek.nlp.NlpModels;
import org.kroniek.nlp.conll.ConllSentence;
import org.kroniek.nlp.eval.ConllTagging;
import org.kroniek.nlp.eval.EntityScores;
import org.kroniek.nlp.ner.EntityTaggers;
import org.kroniek.nlp.ner.SpanTypeClassifier;
import org.kroniek.nlp.train.NerTrainer;
import org.kroniek.nlp.train.SpanTypeTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kroniek train ner-types}: trains the span type classifier of a name finder model on the
 * gold names of a CoNLL file and writes a copy of the model with the classifier in it. With
 * {@code --dev} and several {@code --threshold} values it scores each (pipeline: gazetteer and
 * document consistency) and keeps the best.
 */
@Command(name = "ner-types", mixinStandardHelpOptions = true,
        description = "Train the second-pass type classifier of a name finder model.")
public final class TrainNerTypesCommand implements Callable<Integer> {
    @Option(names = "--lang", required = true, description = "Language code (nl, en): selects the gazetteer for --dev.")
    String language;

    @Option(names = "--model", required = true, description = "Name finder model file (from 'train ner').")
    Path model;

    @Option(names = "--train", required = true, description = "CoNLL training file (UTF-8).")
    Path train;

    @Option(names = "--dev", description = "CoNLL file to score thresholds on.")
    Path dev;

    @Option(names = "--out", required = true, description = "Model file to write.")
    Path out;

    @Option(names = "--iterations", defaultValue = "100")
    int iterations;

    @Option(names = "--cutoff", defaultValue = "1")
    int cutoff;

    @Option(names = "--folds", defaultValue = "0",
            description = "Train on the names that name finders trained on the other folds find, with their type as a feature (0: gold names only).")
    int folds;

    @Option(names = "--ner-iterations", defaultValue = "100", description = "Perceptron iterations of the fold name finders.")
    int nerIterations;

    @Option(names = "--ner-cutoff", defaultValue = "1", description = "Feature cutoff of the fold name finders.")
    int nerCutoff;

    @Option(names = "--threshold", split = ",", defaultValue = "0.7",
            description = "Probability the classifier needs to override the model's type; several values with --dev.")
    List<Double> thresholds = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(model)) {
            throw new UserError("no such model file: " + model);
        }
        if (thresholds.size() > 1 && dev == null) {
            throw new UserError("several --threshold values need --dev");
        }
        TokenNameFinderModel ner = NlpModels.nerFromFile(model);
        SpanTypeClassifier classifier;
        try {
            int beam = Integer.parseInt(ner.getManifestProperty("BeamSize"));
            classifier = SpanTypeTrainer.train(ner, TrainNerCommand.readConll(train),
                    new SpanTypeTrainer.Settings(iterations, cutoff, thresholds.get(0), folds),
                    NerTrainer.parameters(new NerTrainer.Settings("PERCEPTRON", nerIterations, nerCutoff, beam, List.of(), null,
                            ner.getFactory().createSequenceCodec() instanceof BilouCodec ? "BILOU" : "BIO")));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        if (dev != null) {
            List<ConllSentence> sentences = TrainNerCommand.readConll(dev);
            double best = -1;
            for (double t : thresholds) {
                TokenNameFinderModel candidate = SpanTypeTrainer.attach(ner, classifier.withThreshold(t));
                EntityScores scores = ConllTagging.evaluate(EntityTaggers.combine(candidate, language, true), sentences, false, true);
                double f1 = scores.score(null).f1();
                System.out.printf(Locale.ROOT, "threshold %.2f: pipeline F1 %.2f on %s%n", t, 100 * f1, dev);
                if (f1 > best) {
                    best = f1;
                    classifier = classifier.withThreshold(t);
                }
            }
        }
        TokenNameFinderModel result = SpanTypeTrainer.attach(ner, classifier);
        try (OutputStream o = Files.newOutputStream(out)) {
            result.serialize(o);
        }
        System.err.printf(Locale.ROOT, "wrote %s (%.1f MB), threshold %.2f%n", out, Files.size(out) / 1e6, classifier.threshold());
        return ExitCodes.OK;
    }
}
