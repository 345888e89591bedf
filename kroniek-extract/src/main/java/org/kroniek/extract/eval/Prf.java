package org.kroniek.extract.eval;

import java.util.Locale;

/** Counts for precision, recall and F1: true positives among the predicted and among the gold items. */
public record Prf(int predictedCorrect, int predicted, int goldFound, int gold) {
    public double precision() {
        return predicted == 0 ? 0 : (double) predictedCorrect / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) goldFound / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public Prf plus(Prf o) {
        return new Prf(predictedCorrect + o.predictedCorrect, predicted + o.predicted, goldFound + o.goldFound, gold + o.gold);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f (%d/%d predicted, %d/%d gold)", precision(), recall(), f1(),
                predictedCorrect, predicted, goldFound, gold);
    }
}
