package org.kroniek.nlp.ner;

import java.util.Map;
import opennlp.tools.ml.model.Context;

/**
 * A perceptron model's feature weights packed for look-up speed. OpenNLP keeps them in a
 * {@code LinkedHashMap<String, Context>}: a look-up visits the table, a node, the key string, its
 * characters, the context and its two arrays, mostly cache misses on a model of 90,000 features.
 * Here one {@code long} slot holds the key's hash and number, the keys' characters sit in one
 * string and each feature's (outcome, weight) pairs in one array. Look-ups are exact (the key is
 * compared). Immutable and thread-safe.
 */
final class PerceptronWeights {
    private final long[] table;
    private final int mask;
    private final String pool;
    private final int[] meta;
    private final double[] weights;

    PerceptronWeights(Map<String, Context> parameters) {
        int n = parameters.size();
        int size = Integer.highestOneBit(Math.max(4, n * 3)) << 1;
        table = new long[size];
        mask = size - 1;
        meta = new int[4 * n];
        int pairs = 0;
        StringBuilder keys = new StringBuilder();
        for (Context c : parameters.values()) {
            pairs += c.getOutcomes().length;
        }
        weights = new double[2 * pairs];
        int id = 0;
        int w = 0;
        for (Map.Entry<String, Context> e : parameters.entrySet()) {
            String key = e.getKey();
            meta[4 * id] = keys.length();
            meta[4 * id + 1] = key.length();
            meta[4 * id + 2] = w;
            meta[4 * id + 3] = e.getValue().getOutcomes().length;
            keys.append(key);
            int[] outcomes = e.getValue().getOutcomes();
            double[] params = e.getValue().getParameters();
            for (int j = 0; j < outcomes.length; j++) {
                weights[w++] = outcomes[j];
                weights[w++] = params[j];
            }
            int h = key.hashCode();
            int slot = spread(h) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = ((long) h << 32) | (id + 1L);
            id++;
        }
        pool = keys.toString();
    }

    /** The feature's number, or -1 when the model does not know it. */
    int id(String feature) {
        int h = feature.hashCode();
        for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
            long entry = table[slot];
            if (entry == 0) {
                return -1;
            }
            if ((int) (entry >>> 32) == h) {
                int id = (int) entry - 1;
                int length = meta[4 * id + 1];
                if (length == feature.length() && feature.regionMatches(0, pool, meta[4 * id], length)) {
                    return id;
                }
            }
        }
    }

    /** Adds the feature's weights to the outcome sums, as OpenNLP's {@code ArrayMath.sumFeatures} does (value 1). */
    void add(double[] sums, int id) {
        if (id < 0) {
            return;
        }
        int w = meta[4 * id + 2];
        int end = w + 2 * meta[4 * id + 3];
        for (; w < end; w += 2) {
            sums[(int) weights[w]] += weights[w + 1] * 1.0;
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
