package org.kroniek.store;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.kroniek.merge.StoryIndex;
import org.kroniek.record.ArticleRecord;

/**
 * Where records are kept and searched. Writes become visible and durable together at
 * {@link #commit()}: a batch is committed whole or not at all, and a process killed between
 * commits loses only the uncommitted batch. Putting a record whose id is already stored replaces
 * it; records are never duplicated. The embedded implementation is {@link LuceneRecordStore};
 * a cluster backend can implement the same interface.
 */
public interface RecordStore extends Closeable {

    /**
     * Adds or replaces the record with the same id (pending until {@link #commit()}).
     *
     * @return whether the record was new, changed an existing one, or was already stored as is
     */
    PutResult put(ArticleRecord record) throws IOException;

    /** Makes every pending put durable and searchable, atomically. */
    void commit() throws IOException;

    /** The stored record of an article. */
    Optional<ArticleRecord> article(String id) throws IOException;

    /** Articles, entities, events or claims matching the query, with facet counts. */
    SearchResult search(SearchQuery query) throws IOException;

    /** Everything stored about one canonical entity across articles. */
    Optional<EntityProfile> entity(String key) throws IOException;

    /** Number of committed documents of a type. */
    long count(DocType type) throws IOException;

    /** Calls {@code action} with every committed article record, in index order. */
    void forEachArticle(Consumer<ArticleRecord> action) throws IOException;

    /**
     * Reads the stories of the committed articles. The index is built from the stored records at
     * the first call and then kept up to date at each {@link #commit()}, which adds the committed
     * records to it (milliseconds per article, never a re-cluster of the store).
     *
     * @param read called with the index, which must not escape it (it is not thread-safe)
     * @return what {@code read} returns
     */
    <T> T stories(Function<StoryIndex, T> read) throws IOException;
}
