package org.kroniek.nlp.clusters;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Adds the cluster of the current token (lower-cased) as a feature, when it has one. A window
 * generator asks for the same token several times (once per offset), so the features of the
 * current sentence are looked up once and kept; feature strings are made once per cluster.
 * Stateful: one instance per name finder (OpenNLP creates one per finder).
 */
public final class ClusterFeatureGenerator implements AdaptiveFeatureGenerator {
    private final ClusterLexicon lexicon;
    private final String prefix;
    private final Map<String, String> featureOfCluster = new HashMap<>();
    private String[] words = new String[0];
    private String[] features = new String[0];

    public ClusterFeatureGenerator(ClusterLexicon lexicon, String name) {
        this.lexicon = lexicon;
        this.prefix = "cl" + name + "=";
    }

    @Override
    public void createFeatures(List<String> out, String[] tokens, int index, String[] previousOutcomes) {
        if (words.length <= index) {
            words = new String[Math.max(index + 1, 2 * words.length)];
            features = new String[words.length];
        }
        String token = tokens[index];
        if (words[index] != token) {
            String c = lexicon.cluster(token.toLowerCase(Locale.ROOT));
            words[index] = token;
            features[index] = c == null ? null : featureOfCluster.computeIfAbsent(c, k -> prefix + k);
        }
        if (features[index] != null) {
            out.add(features[index]);
        }
    }
}
