package org.kroniek.text;

import java.util.List;
import org.kroniek.record.Paragraph;

/** Normalized text and the paragraph boundaries inside it. */
public record NormalizedText(String text, List<Paragraph> paragraphs) {
    public NormalizedText {
        paragraphs = List.copyOf(paragraphs);
    }
}
