package org.kroniek.nlp.clusters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Clusters the frequent words of a corpus by the company they keep: each word is a vector of
 * log-scaled counts of its left and right neighbours (the {@code contexts} most frequent words),
 * L2-normalized; spherical k-means (cosine), seeded deterministically farthest-first among the
 * frequent words, groups them into {@code k} clusters. Deterministic for the same input.
 */
public final class KMeansClusterer {
    /** Settings with their defaults. */
    public record Settings(int k, int maxWords, int minCount, int contexts, int iterations) {
        public Settings {
            if (k < 2 || maxWords < k || minCount < 1 || contexts < 1 || iterations < 1) {
                throw new IllegalArgumentException("bad cluster settings: " + k + ", " + maxWords + ", "
                        + minCount + ", " + contexts + ", " + iterations);
            }
        }

        public static Settings of(int k) {
            return new Settings(k, 40_000, 3, 1000, 12);
        }
    }

    private KMeansClusterer() {
    }

    /**
     * @param sentences lower-cased token sequences
     * @return word to cluster id (as a string), for words seen at least {@code minCount} times
     */
    public static Map<String, String> cluster(List<List<String>> sentences, Settings settings) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> s : sentences) {
            for (String w : s) {
                counts.merge(w, 1, Integer::sum);
            }
        }
        List<String> byFreq = new ArrayList<>(counts.keySet());
        byFreq.sort((a, b) -> counts.get(b).equals(counts.get(a)) ? a.compareTo(b) : counts.get(b) - counts.get(a));
        Map<String, Integer> vocab = new LinkedHashMap<>();
        for (String w : byFreq) {
            if (vocab.size() >= settings.maxWords() || counts.get(w) < settings.minCount()) {
                break;
            }
            vocab.put(w, vocab.size());
        }
        int c = Math.min(settings.contexts(), vocab.size());
        int dims = 2 * c + 2;
        List<Map<Integer, Double>> raw = new ArrayList<>();
        for (int i = 0; i < vocab.size(); i++) {
            raw.add(new HashMap<>());
        }
        for (List<String> s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                Integer w = vocab.get(s.get(i));
                if (w == null) {
                    continue;
                }
                raw.get(w).merge(contextDim(vocab, c, i == 0 ? null : s.get(i - 1), 0), 1.0, Double::sum);
                raw.get(w).merge(contextDim(vocab, c, i + 1 == s.size() ? null : s.get(i + 1), c + 1), 1.0, Double::sum);
            }
        }
        int n = vocab.size();
        int[][] idx = new int[n][];
        double[][] val = new double[n][];
        for (int w = 0; w < n; w++) {
            Map<Integer, Double> m = raw.get(w);
            idx[w] = m.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            val[w] = new double[idx[w].length];
            double norm = 0;
            for (int j = 0; j < idx[w].length; j++) {
                double v = Math.log1p(m.get(idx[w][j]));
                val[w][j] = v;
                norm += v * v;
            }
            norm = Math.sqrt(norm);
            for (int j = 0; j < val[w].length; j++) {
                val[w][j] /= norm;
            }
        }
        int k = Math.min(settings.k(), n);
        double[][] centroids = new double[k][dims];
        int[] seeds = seeds(idx, val, k, Math.min(n, 5 * k));
        for (int j = 0; j < k; j++) {
            int w = seeds[j];
            for (int d = 0; d < idx[w].length; d++) {
                centroids[j][idx[w][d]] = val[w][d];
            }
        }
        int[] assign = new int[n];
        Arrays.fill(assign, -1);
        for (int it = 0; it < settings.iterations(); it++) {
            boolean changed = false;
            for (int w = 0; w < n; w++) {
                int best = 0;
                double bestSim = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < k; j++) {
                    double[] cj = centroids[j];
                    double sim = 0;
                    for (int d = 0; d < idx[w].length; d++) {
                        sim += cj[idx[w][d]] * val[w][d];
                    }
                    if (sim > bestSim) {
                        bestSim = sim;
                        best = j;
                    }
                }
                if (assign[w] != best) {
                    assign[w] = best;
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
            for (double[] cj : centroids) {
                Arrays.fill(cj, 0);
            }
            for (int w = 0; w < n; w++) {
                double[] cj = centroids[assign[w]];
                for (int d = 0; d < idx[w].length; d++) {
                    cj[idx[w][d]] += val[w][d];
                }
            }
            for (double[] cj : centroids) {
                double norm = 0;
                for (double v : cj) {
                    norm += v * v;
                }
                norm = Math.sqrt(norm);
                if (norm > 0) {
                    for (int d = 0; d < dims; d++) {
                        cj[d] /= norm;
                    }
                }
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (var e : vocab.entrySet()) {
            out.put(e.getKey(), "c" + assign[e.getValue()]);
        }
        return out;
    }

    /**
     * Farthest-first seeds among the {@code candidates} most frequent words: the most frequent
     * word, then repeatedly the candidate least similar to every seed chosen so far.
     */
    private static int[] seeds(int[][] idx, double[][] val, int k, int candidates) {
        int[] seeds = new int[k];
        double[] closest = new double[candidates];
        java.util.Arrays.fill(closest, Double.NEGATIVE_INFINITY);
        boolean[] taken = new boolean[candidates];
        int next = 0;
        for (int j = 0; j < k; j++) {
            seeds[j] = next;
            taken[next] = true;
            Map<Integer, Double> seed = new HashMap<>();
            for (int d = 0; d < idx[next].length; d++) {
                seed.put(idx[next][d], val[next][d]);
            }
            int far = -1;
            for (int w = 0; w < candidates; w++) {
                if (taken[w]) {
                    continue;
                }
                double sim = 0;
                for (int d = 0; d < idx[w].length; d++) {
                    Double v = seed.get(idx[w][d]);
                    if (v != null) {
                        sim += v * val[w][d];
                    }
                }
                closest[w] = Math.max(closest[w], sim);
                if (far < 0 || closest[w] < closest[far]) {
                    far = w;
                }
            }
            next = far < 0 ? 0 : far;
        }
        return seeds;
    }

    /** Context dimension of a neighbour: its rank among the top words, or the shared "other"/"edge" slot. */
    private static int contextDim(Map<String, Integer> vocab, int c, String neighbour, int offset) {
        if (neighbour == null) {
            return offset + c;
        }
        Integer r = vocab.get(neighbour);
        return offset + (r != null && r < c ? r : c);
    }
}
