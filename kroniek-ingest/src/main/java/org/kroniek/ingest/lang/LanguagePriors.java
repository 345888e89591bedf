package org.kroniek.ingest.lang;

import java.util.HashMap;
import java.util.Map;
import org.kroniek.text.Tsv;

/** Prior weights per language code, read from a resource ({@code code weight} a line, {@code *} for the rest). */
final class LanguagePriors {
    private final Map<String, Double> weights;
    private final double otherwise;

    private LanguagePriors(Map<String, Double> weights, double otherwise) {
        this.weights = Map.copyOf(weights);
        this.otherwise = otherwise;
    }

    double weight(String code) {
        return weights.getOrDefault(code, otherwise);
    }

    static LanguagePriors load(String resource) {
        Map<String, Double> weights = new HashMap<>();
        double otherwise = 1.0;
        for (String line : Tsv.lines(LanguagePriors.class, resource)) {
            String[] parts = line.split("\\s+");
            if (parts.length != 2) {
                throw new IllegalStateException(resource + ": expected 'code weight', got '" + line + "'");
            }
            double w = Double.parseDouble(parts[1]);
            if (parts[0].equals("*")) {
                otherwise = w;
            } else {
                weights.put(parts[0], w);
            }
        }
        return new LanguagePriors(weights, otherwise);
    }
}
