package org.kroniek.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.kroniek.nlp.conll.ConllReader;
import org.kroniek.nlp.conll.ConllSentence;
import org.kroniek.nlp.eval.ConllTagging;
import org.kroniek.nlp.eval.EntityScores;
import org.kroniek.nlp.ner.OpenNlpEntityTagger;
import org.kroniek.nlp.train.NerTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kroniek train ner}: trains a name finder on a CoNLL file and scores it on a dev file. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Train a name finder (PER, ORG, LOC, MISC) on CoNLL-2002/2003 data.")
public final class TrainNerCommand implements Callable<Integer> {
    @Option(names = "--lang", required = true, description = "Language code (nl, en).")
    String language;

    @Option(names = "--train", required = true, description = "CoNLL training file (UTF-8).")
    Path train;

    @Option(names = "--dev", description = "CoNLL file to score the model on after training.")
    Path dev;

    @Option(names = "--out", required = true, description = "Model file to write.")
    Path out;

    @Option(names = "--algorithm", defaultValue = "PERCEPTRON", description = "PERCEPTRON or MAXENT (default ${DEFAULT-VALUE}).")
    String algorithm;

    @Option(names = "--iterations", defaultValue = "150")
    int iterations;

    @Option(names = "--cutoff", defaultValue = "1")
    int cutoff;

    @Option(names = "--beam", defaultValue = "3", description = "Beam size at tagging time (default ${DEFAULT-VALUE}).")
    int beam;

    @Option(names = "--clusters", split = ",", description = "Word cluster files (word<TAB>cluster), comma-separated.")
    List<Path> clusters = new ArrayList<>();

    @Option(names = "--codec", defaultValue = "BIO", description = "Outcome coding: BIO or BILOU (default ${DEFAULT-VALUE}).")
    String codec;

    @Option(names = "--features", description = "Feature descriptor XML (default: the bundled ner-features.xml).")
    Path features;

    @Override
    public Integer call() throws IOException {
        for (Path p : pathsToCheck()) {
            if (!Files.isRegularFile(p)) {
                throw new UserError("no such file: " + p);
            }
        }
        NerTrainer.Settings settings;
        try {
            settings = new NerTrainer.Settings(algorithm.toUpperCase(Locale.ROOT), iterations, cutoff, beam, clusters, features,
                    codec.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        List<ConllSentence> sentences = readConll(train);
        long t0 = System.nanoTime();
        TokenNameFinderModel model = NerTrainer.train(language, sentences, settings);
        System.err.printf(Locale.ROOT, "trained on %d sentences in %.0f s%n", sentences.size(), (System.nanoTime() - t0) / 1e9);
        try (OutputStream o = Files.newOutputStream(out)) {
            model.serialize(o);
        }
        System.err.printf(Locale.ROOT, "wrote %s (%.1f MB)%n", out, Files.size(out) / 1e6);
        if (dev != null) {
            EntityScores scores = ConllTagging.evaluate(new OpenNlpEntityTagger(model), readConll(dev), false);
            System.out.print(scores.report());
        }
        return ExitCodes.OK;
    }

    private List<Path> pathsToCheck() {
        List<Path> all = new ArrayList<>(clusters);
        if (features != null) {
            all.add(features);
        }
        all.add(train);
        if (dev != null) {
            all.add(dev);
        }
        return all;
    }

    static List<ConllSentence> readConll(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UserError("no such file: " + file);
        }
        try {
            return ConllReader.read(file);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }
}
