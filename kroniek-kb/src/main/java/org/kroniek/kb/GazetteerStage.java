package org.kroniek.kb;

import java.util.ArrayList;
import java.util.List;
import org.kroniek.pipeline.Document;
import org.kroniek.pipeline.Layers;
import org.kroniek.pipeline.Mention;
import org.kroniek.pipeline.Stage;

/**
 * Adds the {@link GazetteerTagger}'s mentions to {@link Layers#MENTIONS}, after any mentions a
 * model tagger wrote; {@link EntityStage} merges them.
 */
public final class GazetteerStage implements Stage {
    private final GazetteerTagger tagger;

    public GazetteerStage(GazetteerTagger tagger) {
        this.tagger = tagger;
    }

    @Override
    public String name() {
        return "gazetteer";
    }

    @Override
    public void process(Document document) {
        List<Mention> all = new ArrayList<>(document.list(Layers.MENTIONS));
        all.addAll(tagger.tag(document.text(), document.list(Layers.SENTENCES)));
        document.put(Layers.MENTIONS, List.copyOf(all));
    }
}
