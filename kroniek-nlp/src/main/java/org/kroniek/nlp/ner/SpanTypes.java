package org.kroniek.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.kroniek.nlp.clusters.ClusterLexicon;

/** Access to a name finder model's word clusters and span-type features, for training the classifier. */
public final class SpanTypes {
    private SpanTypes() {
    }

    /** The model's cluster lexicons ({@code c0.clusters}, {@code c1.clusters}, ...), in order. */
    public static List<ClusterLexicon> lexicons(TokenNameFinderModel model) {
        List<ClusterLexicon> out = new ArrayList<>();
        for (int i = 0; model.getArtifact("c" + i + ".clusters") instanceof ClusterLexicon c; i++) {
            out.add(c);
        }
        return out;
    }

    /** The classifier's features of every name of a document, per sentence and name. */
    public static List<List<String[]>> features(List<ClusterLexicon> lexicons, boolean modelType, List<String[]> sentences,
                                                List<List<NameSpan>> names) {
        return new SpanTypeFeatures(lexicons, modelType).features(new SpanTypeFeatures.Doc(sentences, names));
    }

    /** The model's span type classifier, if it has one. */
    public static Optional<SpanTypeClassifier> classifier(TokenNameFinderModel model) {
        return model.getArtifact(SpanTypeClassifier.ARTIFACT) instanceof SpanTypeClassifier c
                ? Optional.of(c) : Optional.empty();
    }
}
