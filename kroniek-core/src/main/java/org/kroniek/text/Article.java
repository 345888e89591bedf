package org.kroniek.text;

import java.util.List;
import java.util.Objects;
import org.kroniek.record.Paragraph;
import org.kroniek.record.Published;
import org.kroniek.record.Source;

/**
 * An article as every reader delivers it: normalized text with its paragraph and heading
 * boundaries, title, publication date, source and language ({@code null} until detected).
 */
public record Article(Source source, String title, Published published, String language,
                      String text, List<Paragraph> paragraphs) {
    public Article {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        paragraphs = List.copyOf(paragraphs);
    }

    /** Builds an article from raw blocks, normalizing them with {@link TextNormalizer}. */
    public static Article of(Source source, String title, Published published, String language, List<Block> blocks) {
        NormalizedText normalized = TextNormalizer.normalize(blocks);
        String cleanTitle = title == null ? null : TextNormalizer.normalizeInline(title);
        if (cleanTitle != null && cleanTitle.isEmpty()) {
            cleanTitle = null;
        }
        return new Article(source, cleanTitle, published, language, normalized.text(), normalized.paragraphs());
    }

    public Article withLanguage(String newLanguage) {
        return new Article(source, title, published, newLanguage, text, paragraphs);
    }
}
