package org.kroniek.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import org.kroniek.record.RecordJson;
import org.kroniek.text.Article;

/** Writes an article as JSON to cross a shuffle, and reads it back unchanged. */
final class ArticleCodec {
    private ArticleCodec() {
    }

    static String write(Article article) {
        try {
            return RecordJson.mapper().writeValueAsString(article);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Article read(String json) {
        try {
            return RecordJson.mapper().readValue(json, Article.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
