package org.kroniek.server;

import java.util.List;

/**
 * Turns articles posted to the API into records: reads the body in its format (one article, or
 * several for a feed or JSON Lines) and runs the extraction pipeline. The CLI supplies the
 * implementation, so the server needs neither readers nor the pipeline.
 */
@FunctionalInterface
public interface ArticleAnalyzer {
    /**
     * @param body        the request body
     * @param contentType the request's content type without parameters, such as {@code text/html}
     * @return what was read: records, and one line for each article that could not be read
     */
    Analysis analyze(byte[] body, String contentType);

    /** The records read from a body and the problems met. */
    record Analysis(List<org.kroniek.record.ArticleRecord> records, List<String> problems) {
        public Analysis {
            records = List.copyOf(records);
            problems = List.copyOf(problems);
        }
    }
}
