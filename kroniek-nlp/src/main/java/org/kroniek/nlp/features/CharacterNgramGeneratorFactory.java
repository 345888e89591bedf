package org.kroniek.nlp.features;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Makes {@link CharacterNgramGenerator}s from a feature descriptor element
 * {@code <generator class="org.kroniek.nlp.features.CharacterNgramGeneratorFactory"><int name="min">3</int><int name="max">5</int></generator>}.
 */
public final class CharacterNgramGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        try {
            return new CharacterNgramGenerator(getInt("min"), getInt("max"));
        } catch (IllegalArgumentException e) {
            throw new InvalidFormatException(e.getMessage());
        }
    }
}
