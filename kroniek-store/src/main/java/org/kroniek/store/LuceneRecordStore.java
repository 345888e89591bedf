package org.kroniek.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.search.grouping.GroupDocs;
import org.apache.lucene.search.grouping.GroupingSearch;
import org.apache.lucene.search.grouping.TopGroups;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.kroniek.merge.StoryIndex;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.RecordJson;

/**
 * The embedded store: one Lucene index under {@code DIR/index}. Each record is kept as its JSON
 * source on the article document, next to searchable documents for its entities, events and
 * claims. A put replaces the article's whole block of documents by its id
 * ({@code updateDocuments(new Term("article", id), docs)}), so re-ingesting never duplicates.
 * Lucene commits are atomic and fsynced: after a crash the index opens at the last commit.
 * One process at a time may open a data directory. Thread-safe.
 */
public final class LuceneRecordStore implements RecordStore {
    /** The layout of index documents; a store written with another layout is rebuilt from its records on open. */
    static final String FORMAT = "4";
    private static final String FORMAT_KEY = "kroniek.format";
    private static final int FACET_VALUES = 12;

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facetsConfig = Facet.config();
    private final RecordDocuments documents = new RecordDocuments(facetsConfig);
    private final QueryFactory queries = new QueryFactory();
    private final Map<String, String> pending = new HashMap<>();
    private volatile FacetState facetState;
    /** Records put since the last commit, added to the story index when committed. */
    private final Map<String, ArticleRecord> uncommitted = new LinkedHashMap<>();
    private final Object storyLock = new Object();
    private StoryIndex storyIndex;

    private LuceneRecordStore(FSDirectory directory, IndexWriter writer) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, true, false, null);
    }

    /**
     * Opens the store in {@code dataDir}, creating it if needed.
     *
     * @throws StoreLockedException when another process has the directory open
     */
    public static LuceneRecordStore open(Path dataDir) throws IOException {
        Path indexDir = dataDir.resolve("index");
        Files.createDirectories(indexDir);
        FSDirectory dir = FSDirectory.open(indexDir);
        IndexWriterConfig config = new IndexWriterConfig(new KroniekAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        try {
            IndexWriter writer = new IndexWriter(dir, config);
            writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
            LuceneRecordStore store = new LuceneRecordStore(dir, writer);
            if (!DirectoryReader.indexExists(dir)) {
                writer.commit();
            } else if (!FORMAT.equals(format(dir))) {
                store.rebuild();
            }
            return store;
        } catch (LockObtainFailedException e) {
            dir.close();
            throw new StoreLockedException(dataDir);
        }
    }

    private static String format(FSDirectory dir) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            return reader.getIndexCommit().getUserData().get(FORMAT_KEY);
        }
    }

    /** Re-indexes every stored record with this version's document layout, in one commit. */
    private synchronized void rebuild() throws IOException {
        List<ArticleRecord> records = new ArrayList<>();
        forEachArticle(records::add);
        writer.deleteAll();
        for (ArticleRecord r : records) {
            String json = RecordJson.toLine(r);
            writer.addDocuments(documents.of(r, json, sha256(json)));
        }
        commit();
    }

    @Override
    public synchronized PutResult put(ArticleRecord record) throws IOException {
        String json = RecordJson.toLine(record);
        String hash = sha256(json);
        String before = pending.containsKey(record.id()) ? pending.get(record.id()) : storedHash(record.id());
        if (hash.equals(before)) {
            return PutResult.UNCHANGED;
        }
        writer.updateDocuments(new Term(Fields.ARTICLE, record.id()), documents.of(record, json, hash));
        pending.put(record.id(), hash);
        uncommitted.put(record.id(), record);
        return before == null ? PutResult.NEW : PutResult.UPDATED;
    }

    @Override
    public synchronized void commit() throws IOException {
        writer.commit();
        pending.clear();
        searchers.maybeRefreshBlocking();
        synchronized (storyLock) {
            if (storyIndex != null) {
                uncommitted.values().forEach(storyIndex::add);
            }
        }
        uncommitted.clear();
    }

    @Override
    public <T> T stories(Function<StoryIndex, T> read) throws IOException {
        synchronized (storyLock) {
            if (storyIndex == null) {
                StoryIndex index = new StoryIndex(org.kroniek.merge.MergeConfig.defaults());
                forEachArticle(index::add);
                storyIndex = index;
            }
            return read.apply(storyIndex);
        }
    }

    private String storedHash(String id) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            TopDocs top = s.search(articleQuery(id), 1);
            if (top.scoreDocs.length == 0) {
                return null;
            }
            return s.storedFields().document(top.scoreDocs[0].doc, Set.of(Fields.HASH)).get(Fields.HASH);
        } finally {
            searchers.release(s);
        }
    }

    @Override
    public Optional<ArticleRecord> article(String id) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            TopDocs top = s.search(articleQuery(id), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            String json = s.storedFields().document(top.scoreDocs[0].doc, Set.of(Fields.SOURCE)).get(Fields.SOURCE);
            return Optional.of(RecordJson.parse(json));
        } finally {
            searchers.release(s);
        }
    }

    private static BooleanQuery articleQuery(String id) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.ID, id)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.TYPE, DocType.ARTICLE.label())), BooleanClause.Occur.FILTER)
                .build();
    }

    @Override
    public SearchResult search(SearchQuery query) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            org.apache.lucene.search.Query q = queries.build(query);
            int n = Math.max(1, query.offset() + query.limit());
            boolean ranked = query.text() != null && !query.text().isBlank();
            Sort sort = ranked ? null : new Sort(new SortField(Fields.DAY, SortField.Type.LONG, true),
                    new SortField(Fields.ID, SortField.Type.STRING));
            if (query.type() == null || query.type() == DocType.ENTITY) {
                return searchGrouped(s, q, query, sort == null ? Sort.RELEVANCE : sort);
            }
            FacetsCollectorManager.FacetsResult result = sort == null
                    ? FacetsCollectorManager.search(s, q, n, new FacetsCollectorManager())
                    : FacetsCollectorManager.search(s, q, n, sort, new FacetsCollectorManager());
            TopDocs top = result.topDocs();
            List<SearchHit> hits = new ArrayList<>();
            StoredFields stored = s.storedFields();
            ScoreDoc[] docs = top.scoreDocs;
            for (int i = query.offset(); i < docs.length && hits.size() < query.limit(); i++) {
                hits.add(Hits.of(stored.document(docs[i].doc), query.text()));
            }
            Map<String, List<SearchResult.FacetCount>> facets = facets(s.getIndexReader(), result).facets();
            return new SearchResult(top.totalHits.value, hits, facets);
        } finally {
            searchers.release(s);
        }
    }

    /**
     * Entities are grouped by canonical key: one hit per entity, however many articles name it
     * ({@code data.articles} says how many). Facets still count documents.
     */
    private SearchResult searchGrouped(IndexSearcher s, org.apache.lucene.search.Query q, SearchQuery query, Sort sort)
            throws IOException {
        // the total comes from facet counts (documents that are not entities, plus distinct entity
        // keys): counting all groups with the grouping module costs ten times the search
        GroupingSearch grouping = new GroupingSearch(Fields.GROUP)
                .setGroupSort(sort).setSortWithinGroup(sort).setGroupDocsLimit(1).disableCaching();
        TopGroups<BytesRef> groups = grouping.search(s, q, query.offset(), Math.max(1, query.limit()));
        List<SearchHit> hits = new ArrayList<>();
        StoredFields stored = s.storedFields();
        if (groups != null && query.limit() > 0) {
            for (GroupDocs<BytesRef> g : groups.groups) {
                if (g.scoreDocs.length > 0) {
                    SearchHit h = Hits.of(stored.document(g.scoreDocs[0].doc), query.text());
                    if (h.type() == DocType.ENTITY) {
                        Map<String, Object> data = new LinkedHashMap<>(h.data());
                        data.put("articles", g.totalHits.value);
                        h = new SearchHit(h.id(), h.type(), h.article(), h.title(), h.date(), h.snippet(), data);
                    }
                    hits.add(h);
                }
            }
        }
        FacetsCollectorManager.FacetsResult all = FacetsCollectorManager.search(s, q, 1, new FacetsCollectorManager());
        Counted counted = facets(s.getIndexReader(), all);
        long total = counted.facets().getOrDefault(Facet.TYPE.dim(), List.of()).stream()
                .filter(c -> !c.value().equals(DocType.ENTITY.label())).mapToLong(SearchResult.FacetCount::count).sum()
                + counted.entities();
        return new SearchResult(total, hits, counted.facets());
    }

    /** Facet values shown to users, and how many distinct canonical entities matched. */
    private record Counted(Map<String, List<SearchResult.FacetCount>> facets, long entities) {
    }

    private Counted facets(IndexReader reader, FacetsCollectorManager.FacetsResult result) throws IOException {
        SortedSetDocValuesReaderState state = facetState(reader);
        Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
        if (state == null) {
            return new Counted(out, 0);
        }
        Facets counts = new SortedSetDocValuesFacetCounts(state, result.facetsCollector());
        long entities = 0;
        for (Facet f : Facet.values()) {
            if (!f.shown()) {
                entities = childCount(counts, f);
                continue;
            }
            int top = f == Facet.MONTH ? 240 : FACET_VALUES;
            FacetResult fr;
            try {
                fr = counts.getTopChildren(top, f.dim());
            } catch (IllegalArgumentException e) {
                fr = null;
            }
            List<SearchResult.FacetCount> values = new ArrayList<>();
            if (fr != null) {
                for (LabelAndValue lv : fr.labelValues) {
                    values.add(new SearchResult.FacetCount(lv.label, lv.value.longValue()));
                }
            }
            if (f == Facet.MONTH) {
                values.sort((a, b) -> a.value().compareTo(b.value()));
            }
            out.put(f.dim(), values);
        }
        return new Counted(out, entities);
    }

    private static long childCount(Facets counts, Facet f) throws IOException {
        try {
            FacetResult fr = counts.getTopChildren(1, f.dim());
            return fr == null ? 0 : fr.childCount;
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }

    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current != null && current.reader == reader) {
            return current.state;
        }
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
        } catch (IllegalArgumentException e) {
            state = null;
        }
        facetState = new FacetState(reader, state);
        return state;
    }

    @Override
    public Optional<EntityProfile> entity(String key) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return EntityProfiles.find(s, key);
        } finally {
            searchers.release(s);
        }
    }

    @Override
    public long count(DocType type) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return s.count(new TermQuery(new Term(Fields.TYPE, type.label())));
        } finally {
            searchers.release(s);
        }
    }

    @Override
    public void forEachArticle(Consumer<ArticleRecord> action) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            Term term = new Term(Fields.TYPE, DocType.ARTICLE.label());
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                PostingsEnum postings = leaf.reader().postings(term, PostingsEnum.NONE);
                if (postings == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        action.accept(RecordJson.parse(stored.document(doc, Set.of(Fields.SOURCE)).get(Fields.SOURCE)));
                    }
                }
            }
        } finally {
            searchers.release(s);
        }
    }

    /** Closes the store; pending puts are rolled back, as a crash would lose them. */
    @Override
    public synchronized void close() throws IOException {
        try {
            searchers.close();
            uncommitted.clear();
            writer.rollback();
        } finally {
            directory.close();
        }
    }

    private static String sha256(String json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }
}
