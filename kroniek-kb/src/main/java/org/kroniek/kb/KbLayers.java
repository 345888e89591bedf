package org.kroniek.kb;

import org.kroniek.pipeline.Layer;

/** The layers the knowledge-base stages write besides {@code Layers.MENTIONS} and {@code Layers.ENTITIES}. */
public final class KbLayers {
    /** Entity kinds and metonymy of the document's entities. */
    public static final Layer<EntityFacts> FACTS = Layer.of("entity-facts", EntityFacts.class);

    private KbLayers() {
    }
}
