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
    /** One value per search hit: the entity key for entity documents, the document id for the others. */
    static final String GROUP = "group";
    static final String SPEAKER_KEY = "speaker_key";
    static final String SOURCE = "source";
    static final String HASH = "hash";
    static final String DATA = "data";

    private Fields() {
    }
}
