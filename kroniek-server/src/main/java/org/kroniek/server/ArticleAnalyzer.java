package org.kroniek.server;

import org.kroniek.record.ArticleRecord;

/**
 * Turns an article posted to the API into its record: reads the body in its format and runs the
 * extraction pipeline. The CLI supplies the implementation, so the server needs neither readers
 * nor the pipeline.
 */
@FunctionalInterface
public interface ArticleAnalyzer {
    /**
     * @param body        the request body
     * @param contentType the request's content type without parameters, such as {@code text/plain}
     * @return the article's record
     * @throws IllegalArgumentException when the body cannot be read as an article (answered 400)
     */
    ArticleRecord analyze(String body, String contentType);
}
