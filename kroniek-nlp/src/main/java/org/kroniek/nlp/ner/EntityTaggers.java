package org.kroniek.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.kroniek.nlp.NlpModels;

/**
 * The standard entity tagger of a language: the bundled model first, then the bundled gazetteer
 * of well-known names for what the model missed. Built once per language; thread-safe.
 */
public final class EntityTaggers {
    private static final Map<String, Optional<EntityTagger>> STANDARD = new ConcurrentHashMap<>();

    private EntityTaggers() {
    }

    /** The standard tagger, or empty when Kroniek has no model for the language. */
    public static Optional<EntityTagger> standard(String language) {
        return STANDARD.computeIfAbsent(language, l -> NlpModels.ner(l).map(m -> combine(m, l, true)));
    }

    /** A model's tagger, optionally merged with the bundled gazetteer of the language. */
    public static EntityTagger combine(TokenNameFinderModel model, String language, boolean gazetteer) {
        return combine(model, language, gazetteer, 0);
    }

    /** The same with another beam size for the model's search (0: the model's own). */
    public static EntityTagger combine(TokenNameFinderModel model, String language, boolean gazetteer, int beam) {
        List<EntityTagger> taggers = new ArrayList<>();
        taggers.add(new OpenNlpEntityTagger(model, beam));
        if (gazetteer) {
            GazetteerEntityTagger.bundled(language).ifPresent(taggers::add);
        }
        return taggers.size() == 1 ? taggers.get(0) : new MergedEntityTagger(taggers, true);
    }
}
