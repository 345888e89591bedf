package org.kroniek.extract.claims.eval;

import java.util.List;
import java.util.Locale;
import org.kroniek.record.Span;

/**
 * Precision, recall and F1 of predicted spans against gold spans under overlap matching: a gold
 * span is found when some predicted span overlaps it, a predicted span is right when it overlaps
 * some gold span. Counts add up over documents. Not thread-safe.
 */
public final class SpanScore {
    private int gold;
    private int found;
    private int predicted;
    private int right;

    /** Adds one document's spans; a gold item may have several fragments (brat discontinuous spans). */
    public void add(List<List<Span>> goldItems, List<Span> predictedSpans) {
        gold += goldItems.size();
        predicted += predictedSpans.size();
        for (List<Span> g : goldItems) {
            if (predictedSpans.stream().anyMatch(p -> g.stream().anyMatch(p::overlaps))) {
                found++;
            }
        }
        for (Span p : predictedSpans) {
            if (goldItems.stream().anyMatch(g -> g.stream().anyMatch(p::overlaps))) {
                right++;
            }
        }
    }

    public double precision() {
        return predicted == 0 ? 0 : (double) right / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) found / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f (gold %d, predicted %d)", precision(), recall(), f1(), gold, predicted);
    }
}
