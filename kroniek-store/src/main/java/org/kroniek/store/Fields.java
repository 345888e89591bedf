package org.kroniek.store;

/** Names of the index fields. */
final class Fields {
    static final String ID = "id";
    static final String ARTICLE = "article";
    static final String TYPE = "type";
    static final String TITLE = "title";
    static final String ARTICLE_TITLE = "article_title";
    static final String TEXT = "text";
    static final String DATE = "date";
    static final String DAY = "day";
    static final String KEY = "key";
    static final String SPEAKER_KEY = "speaker_key";
    static final String SOURCE = "source";
    static final String HASH = "hash";
    static final String DATA = "data";

    private Fields() {
    }
}
