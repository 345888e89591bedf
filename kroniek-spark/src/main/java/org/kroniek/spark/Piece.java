package org.kroniek.spark;

import java.io.Serializable;

/**
 * What reading a file yields, in a form that can cross a shuffle: an article (as the JSON of
 * {@code org.kroniek.text.Article}, with its id and its place in input order) or an error row.
 *
 * @param articleId the id the article's record will have (from its normalized text), or null for an error
 * @param file the file's place in input order
 * @param seq the item's place within its file
 * @param articleJson the article, or null for an error
 * @param error the failure or warning, or null for an article
 */
record Piece(String articleId, int file, int seq, String articleJson, ErrorRow error) implements Serializable {
    static Piece article(String id, int file, int seq, String json) {
        return new Piece(id, file, seq, json, null);
    }

    static Piece error(int file, int seq, ErrorRow error) {
        return new Piece(null, file, seq, null, error);
    }

    boolean isArticle() {
        return articleJson != null;
    }

    /** The shuffle key: articles meet their duplicates under their id; errors spread evenly. */
    String key() {
        return isArticle() ? articleId : "\u0000" + file + ":" + seq;
    }

    /** Whether this comes before {@code other} in input order. */
    boolean before(Piece other) {
        return file != other.file ? file < other.file : seq < other.seq;
    }
}
