package org.kroniek.ingest;

import org.kroniek.text.Article;

/** Receives what readers find: articles, and failures that name file, record and reason. */
public interface ArticleSink {
    void article(Article article);

    /** A file or record that could not be read; {@code record} is null for a whole file. */
    void failure(String file, Integer record, String reason);

    /** A file or record that was read with a caveat (e.g. repaired encoding). Ignored by default. */
    default void warning(String file, Integer record, String message) {
    }
}
