package org.kroniek.pipeline;

import java.util.List;
import org.kroniek.record.Span;

/** A sentence with its tokens, in text order. */
public record AnalyzedSentence(int index, Span span, List<Token> tokens) {
    public AnalyzedSentence {
        tokens = List.copyOf(tokens);
    }
}
