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

    /**
     * Revises the names of a whole document after its sentences were tagged (for taggers that use
     * document-wide evidence); the default keeps them.
     *
     * @param sentences the document's sentences as tokens
     * @param names     the names per sentence, as {@link #tag} gave them
     * @return the names per sentence
     */
    default List<List<NameSpan>> reviseDocument(List<String[]> sentences, List<List<NameSpan>> names) {
        return names;
    }

    /** Forgets what the tagger learned from earlier sentences (call at each document start). */
    default void clearAdaptiveData() {
    }
}
