package org.kroniek.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import opennlp.tools.postag.POSModel;
import org.kroniek.nlp.conll.ConllSentence;
import org.kroniek.nlp.train.PosTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kroniek train pos}: trains a POS tagger on the POS column of a CoNLL file. */
@Command(name = "pos", mixinStandardHelpOptions = true,
        description = "Train a POS tagger on the second column of a CoNLL file.")
public final class TrainPosCommand implements Callable<Integer> {
    @Option(names = "--lang", required = true)
    String language;

    @Option(names = "--train", required = true)
    Path train;

    @Option(names = "--dev", description = "CoNLL file to measure token accuracy on.")
    Path dev;

    @Option(names = "--out", required = true)
    Path out;

    @Option(names = "--algorithm", defaultValue = "PERCEPTRON")
    String algorithm;

    @Option(names = "--iterations", defaultValue = "100")
    int iterations;

    @Option(names = "--cutoff", defaultValue = "2")
    int cutoff;

    @Override
    public Integer call() throws IOException {
        List<ConllSentence> sentences = TrainNerCommand.readConll(train);
        String algo = algorithm.toUpperCase(Locale.ROOT);
        if (!algo.equals("PERCEPTRON") && !algo.equals("MAXENT")) {
            throw new UserError("--algorithm must be PERCEPTRON or MAXENT, not " + algorithm);
        }
        POSModel model = PosTrainer.train(language, sentences, algo, iterations, cutoff);
        try (OutputStream o = Files.newOutputStream(out)) {
            model.serialize(o);
        }
        System.err.printf(Locale.ROOT, "wrote %s (%.1f MB)%n", out, Files.size(out) / 1e6);
        if (dev != null) {
            System.out.printf(Locale.ROOT, "accuracy %.2f%n", 100 * PosTrainer.accuracy(model, TrainNerCommand.readConll(dev)));
        }
        return ExitCodes.OK;
    }
}
