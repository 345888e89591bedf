package org.kroniek.nlp.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import org.kroniek.nlp.conll.Iob;

/**
 * Entity-level precision, recall and F1 with conlleval semantics: an entity counts as correct
 * only when its span and type both match. Mutable accumulator; not thread-safe.
 */
public final class EntityScores {
    private final TreeMap<String, int[]> counts = new TreeMap<>();
    private final boolean typeless;

    /** @param typeless when true, every type is read as one type ("ENT"): span matching only */
    public EntityScores(boolean typeless) {
        this.typeless = typeless;
    }

    public EntityScores() {
        this(false);
    }

    /** Adds one sentence's gold and predicted tags (IOB1 or IOB2). */
    public void add(List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold has " + gold.size() + " tags, prediction " + predicted.size());
        }
        Set<Iob.TagSpan> g = normalize(Iob.spans(gold));
        Set<Iob.TagSpan> p = normalize(Iob.spans(predicted));
        for (Iob.TagSpan s : g) {
            int[] c = counts.computeIfAbsent(s.type(), k -> new int[3]);
            c[2]++;
            if (p.contains(s)) {
                c[0]++;
            }
        }
        for (Iob.TagSpan s : p) {
            counts.computeIfAbsent(s.type(), k -> new int[3])[1]++;
        }
    }

    private Set<Iob.TagSpan> normalize(List<Iob.TagSpan> spans) {
        Set<Iob.TagSpan> out = new HashSet<>();
        for (Iob.TagSpan s : spans) {
            out.add(typeless ? new Iob.TagSpan(s.start(), s.end(), "ENT") : s);
        }
        return out;
    }

    /** Scores of one type, or overall when {@code type} is null. */
    public Score score(String type) {
        int tp = 0;
        int pred = 0;
        int gold = 0;
        for (var e : counts.entrySet()) {
            if (type == null || e.getKey().equals(type)) {
                tp += e.getValue()[0];
                pred += e.getValue()[1];
                gold += e.getValue()[2];
            }
        }
        return new Score(tp, pred, gold);
    }

    public List<String> types() {
        return new ArrayList<>(counts.keySet());
    }

    /** A table: one line per type and an overall line, percentages with two decimals. */
    public String report() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-8s %9s %9s %9s %7s %7s%n",
                "type", "precision", "recall", "F1", "gold", "found"));
        for (String t : types()) {
            sb.append(line(t, score(t)));
        }
        sb.append(line("overall", score(null)));
        return sb.toString();
    }

    private static String line(String name, Score s) {
        return String.format(Locale.ROOT, "%-8s %9.2f %9.2f %9.2f %7d %7d%n", name, 100 * s.precision(),
                100 * s.recall(), 100 * s.f1(), s.gold(), s.predicted());
    }

    /** Counts of correct, predicted and gold entities. */
    public record Score(int correct, int predicted, int gold) {
        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }
}
