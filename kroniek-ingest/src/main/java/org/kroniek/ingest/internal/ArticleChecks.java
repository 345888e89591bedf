package org.kroniek.ingest.internal;

import org.kroniek.ingest.ReadItem;
import org.kroniek.text.Article;

/** The checks every article passes before it leaves a reader: it has text, within the limit. */
public final class ArticleChecks {
    private ArticleChecks() {
    }

    public static ReadItem check(Article article, String file, Integer record, long maxTextChars) {
        if (article.text().isEmpty()) {
            return new ReadItem.Failure(file, record, "no text");
        }
        if (article.text().length() > maxTextChars) {
            return new ReadItem.Failure(file, record, "text is larger than " + Limits.describe(maxTextChars));
        }
        return new ReadItem.Found(article);
    }
}
