package org.kroniek.ingest.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

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
        try (InputStream in = LanguagePriors.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s+");
                if (parts.length != 2) {
                    throw new IllegalStateException(resource + " line " + n + ": expected 'code weight', got '" + line + "'");
                }
                double w = Double.parseDouble(parts[1]);
                if (parts[0].equals("*")) {
                    otherwise = w;
                } else {
                    weights.put(parts[0], w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LanguagePriors(weights, otherwise);
    }
}
