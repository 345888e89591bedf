package org.kroniek.extract.support;

import org.kroniek.pipeline.Document;
import org.kroniek.record.Paragraph;

/** Paragraph look-ups on a document. */
public final class Paragraphs {
    private Paragraphs() {
    }

    /** Where the paragraph holding {@code offset} starts (0 when the article has no paragraphs). */
    public static int startOf(Document document, int offset) {
        int start = 0;
        for (Paragraph p : document.article().paragraphs()) {
            if (p.start() <= offset) {
                start = p.start();
            }
        }
        return start;
    }
}
