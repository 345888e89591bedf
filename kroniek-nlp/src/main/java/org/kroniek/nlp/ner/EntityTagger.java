package org.kroniek.nlp.ner;

import java.util.List;

/**
 * Finds named entities in one tokenized sentence. Implementations are thread-safe.
 * Several taggers combine with {@link MergedEntityTagger}.
 */
public interface EntityTagger {
    /**
     * @param tokens the sentence's tokens, in order
     * @return non-overlapping spans sorted by start
     */
    List<NameSpan> tag(String[] tokens);

    /** Forgets what the tagger learned from earlier sentences (call at each document start). */
    default void clearAdaptiveData() {
    }
}
