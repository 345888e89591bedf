package org.kroniek.nlp.clusters;

import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Makes {@link ClusterFeatureGenerator}s from a feature descriptor element
 * {@code <generator class="org.kroniek.nlp.clusters.ClusterFeatureGeneratorFactory"><str name="dict">NAME</str></generator>},
 * where NAME is a {@link ClusterLexicon} resource of the model.
 */
public final class ClusterFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        if (resourceManager == null) {
            return null;
        }
        String name = getStr("dict");
        Object resource = resourceManager.getResource(name);
        if (!(resource instanceof ClusterLexicon lexicon)) {
            throw new InvalidFormatException("model resource " + name + " is not a ClusterLexicon");
        }
        return new ClusterFeatureGenerator(lexicon, name.replace(".clusters", ""));
    }

    @Override
    public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
        return Map.of(getStr("dict"), new ClusterLexicon.Serializer());
    }
}
