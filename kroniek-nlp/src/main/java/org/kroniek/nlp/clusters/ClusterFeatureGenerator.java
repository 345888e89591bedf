package org.kroniek.nlp.clusters;

import java.util.List;
import java.util.Locale;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/** Adds the cluster of the current token (lower-cased) as a feature, when it has one. */
public final class ClusterFeatureGenerator implements AdaptiveFeatureGenerator {
    private final ClusterLexicon lexicon;
    private final String prefix;

    public ClusterFeatureGenerator(ClusterLexicon lexicon, String name) {
        this.lexicon = lexicon;
        this.prefix = "cl" + name + "=";
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        String c = lexicon.cluster(tokens[index].toLowerCase(Locale.ROOT));
        if (c != null) {
            features.add(prefix + c);
        }
    }
}
