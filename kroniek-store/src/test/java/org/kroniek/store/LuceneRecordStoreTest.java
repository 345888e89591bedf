package org.kroniek.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.record.ArticleRecord;
import org.kroniek.store.fixtures.FixtureRecords;

class LuceneRecordStoreTest {
    @TempDir
    Path dir;

    private LuceneRecordStore filled() throws IOException {
        LuceneRecordStore store = LuceneRecordStore.open(dir);
        for (ArticleRecord r : FixtureRecords.all()) {
            store.put(r);
        }
        store.commit();
        return store;
    }

    @Test
    void keepsRecordsAsTheirJsonSource() throws IOException {
        try (LuceneRecordStore store = filled()) {
            ArticleRecord m = FixtureRecords.mariupol();
            assertThat(store.article(m.id())).contains(m);
            assertThat(store.count(DocType.ARTICLE)).isEqualTo(4);
            assertThat(store.count(DocType.CLAIM)).isEqualTo(12);
        }
    }

    @Test
    void putTwiceNeverDuplicates() throws IOException {
        try (LuceneRecordStore store = filled()) {
            ArticleRecord m = FixtureRecords.mariupol();
            assertThat(store.put(m)).isEqualTo(PutResult.UNCHANGED);
            ArticleRecord changed = new ArticleRecord(m.id(), m.source(), "New title", m.language(), m.published(),
                    m.text(), m.paragraphs(), m.sentences(), m.entities(), m.times(), m.claims(), m.events(),
                    m.figures(), m.problems());
            assertThat(store.put(changed)).isEqualTo(PutResult.UPDATED);
            assertThat(store.put(changed)).isEqualTo(PutResult.UNCHANGED);
            store.commit();
            assertThat(store.count(DocType.ARTICLE)).isEqualTo(4);
            assertThat(store.count(DocType.CLAIM)).isEqualTo(12);
            assertThat(store.article(m.id()).orElseThrow().title()).isEqualTo("New title");
        }
    }

    @Test
    void uncommittedPutsAreLostWholeAndCommittedOnesKept() throws IOException {
        filled().close();
        try (LuceneRecordStore store = LuceneRecordStore.open(dir)) {
            ArticleRecord m = FixtureRecords.mariupol();
            store.put(new ArticleRecord("pending1", null, null, null, null, "x", null, null, null, null, null,
                    null, null, null));
            assertThat(store.put(m)).isEqualTo(PutResult.UNCHANGED);
        }
        try (LuceneRecordStore store = LuceneRecordStore.open(dir)) {
            assertThat(store.article("pending1")).isEmpty();
            assertThat(store.count(DocType.ARTICLE)).isEqualTo(4);
        }
    }

    @Test
    void rebuildsAnIndexWrittenWithAnotherLayout() throws IOException {
        filled().close();
        try (var dirIndex = org.apache.lucene.store.FSDirectory.open(dir.resolve("index"));
             var raw = new org.apache.lucene.index.IndexWriter(dirIndex, new org.apache.lucene.index.IndexWriterConfig())) {
            raw.deleteDocuments(new org.apache.lucene.index.Term("type", "claim"));
            raw.setLiveCommitData(java.util.Map.of("kroniek.format", "0").entrySet());
            raw.commit();
        }
        try (LuceneRecordStore store = LuceneRecordStore.open(dir)) {
            assertThat(store.count(DocType.ARTICLE)).isEqualTo(4);
            assertThat(store.count(DocType.CLAIM)).as("claims re-indexed from the stored records").isEqualTo(12);
        }
        try (var reader = org.apache.lucene.index.DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(dir.resolve("index")))) {
            assertThat(reader.getIndexCommit().getUserData()).containsEntry("kroniek.format", LuceneRecordStore.FORMAT);
        }
    }

    @Test
    void oneProcessAtATime() throws IOException {
        try (LuceneRecordStore store = LuceneRecordStore.open(dir)) {
            assertThatThrownBy(() -> LuceneRecordStore.open(dir)).isInstanceOf(StoreLockedException.class)
                    .hasMessageContaining("in use");
        }
    }

    @Test
    void findsTextWithAndWithoutAccents() throws IOException {
        try (LuceneRecordStore store = filled()) {
            SearchResult r = store.search(SearchQuery.text("Rode Kruis", 10).withType(DocType.ARTICLE));
            assertThat(r.total()).isEqualTo(1);
            assertThat(r.results().get(0).id()).isEqualTo(FixtureRecords.mariupol().id());
            assertThat(r.results().get(0).snippet()).contains("Rode Kruis");
            assertThat(store.search(SearchQuery.text("oekraine", 10).withType(DocType.ARTICLE)).total()).isEqualTo(1);
            assertThat(store.search(SearchQuery.text("\"Kruis Rode\"", 10)).total()).isZero();
        }
    }

    @Test
    void filtersClaimsByStatusAndCountsFacets() throws IOException {
        try (LuceneRecordStore store = filled()) {
            SearchQuery q = new SearchQuery(null, DocType.CLAIM, null, null, null, null, "alleged", null, 0, 10);
            SearchResult r = store.search(q);
            assertThat(r.total()).isEqualTo(3);
            assertThat(r.results()).extracting(SearchHit::type).containsOnly(DocType.CLAIM);
            SearchHit redCross = r.results().stream().filter(h -> h.id().endsWith("-c1")
                    && h.article().equals(FixtureRecords.mariupol().id())).findFirst().orElseThrow();
            assertThat(redCross.data().get("status")).isEqualTo(List.of("alleged", "unverified"));
            assertThat(redCross.data().get("speaker")).isEqualTo("Oekraïense autoriteiten");
            assertThat(r.facets().get("status")).contains(new SearchResult.FacetCount("alleged", 3),
                    new SearchResult.FacetCount("unverified", 1));
        }
    }

    @Test
    void filtersByPlaceEventTypeAndDate() throws IOException {
        try (LuceneRecordStore store = filled()) {
            SearchQuery events = new SearchQuery(null, DocType.EVENT, null, null, "Kharkiv", null, null, "assault", 0, 10);
            assertThat(store.search(events).total()).isEqualTo(1);
            SearchQuery march = new SearchQuery(null, DocType.ARTICLE, LocalDate.of(2022, 3, 17),
                    LocalDate.of(2022, 3, 31), null, null, null, null, 0, 10);
            assertThat(store.search(march).results()).extracting(SearchHit::title)
                    .containsExactly("Poetin eist overgave Mariupol", "<script>window.__kroniekXss = 3;</script>Odesa",
                            "Raketten op Lviv");
            SearchResult all = store.search(SearchQuery.all(null, 0));
            assertThat(all.facets().get("type")).extracting(SearchResult.FacetCount::value)
                    .contains("article", "entity", "event", "claim");
            long documents = all.facets().get("type").stream().mapToLong(SearchResult.FacetCount::count).sum();
            assertThat(all.facets().get("month")).containsExactly(new SearchResult.FacetCount("2022-03", documents));
            assertThat(all.total()).as("one hit per canonical entity").isLessThan(documents);
        }
    }

    @Test
    void pagesThroughResults() throws IOException {
        try (LuceneRecordStore store = filled()) {
            List<String> ids = new ArrayList<>();
            for (int offset = 0; offset < 12; offset += 5) {
                SearchResult page = store.search(SearchQuery.all(DocType.CLAIM, 5).withPage(offset, 5));
                assertThat(page.total()).isEqualTo(12);
                page.results().forEach(h -> ids.add(h.id()));
            }
            assertThat(ids).hasSize(12).doesNotHaveDuplicates();
        }
    }

    @Test
    void profilesAnEntityAcrossArticlesAndLanguages() throws IOException {
        try (LuceneRecordStore store = filled()) {
            EntityProfile putin = store.entity("per-vladimir-putin").orElseThrow();
            assertThat(putin.name()).isEqualTo("Vladimir Putin");
            assertThat(putin.aliases()).contains("Vladimir Poetin", "Poetin");
            assertThat(putin.mentions()).extracting(EntityProfile.DateCount::date).containsExactly("2022-03-18", "2022-03-30");
            assertThat(putin.claims()).hasSize(2);
            assertThat(store.entity("per-nobody")).isEmpty();
        }
    }

    @Test
    void findsEachEntityOnceHoweverManyArticlesNameIt() throws IOException {
        try (LuceneRecordStore store = filled()) {
            SearchResult r = store.search(SearchQuery.text("Poetin", 10).withType(DocType.ENTITY));
            assertThat(r.total()).isEqualTo(1);
            assertThat(r.results().get(0).id()).isEqualTo("per-vladimir-putin");
            assertThat(r.results().get(0).data().get("articles")).isEqualTo(2L);
            SearchResult all = store.search(SearchQuery.all(DocType.ENTITY, 100));
            assertThat(all.results()).extracting(SearchHit::id).doesNotHaveDuplicates().hasSize((int) all.total());
            assertThat(all.total()).isLessThan(store.count(DocType.ENTITY));
            assertThat(all.facets().get("type")).containsExactly(new SearchResult.FacetCount("entity", store.count(DocType.ENTITY)));
            assertThat(store.search(SearchQuery.all(DocType.ENTITY, 5).withPage(5, 5)).results()).hasSize(5);
        }
    }

    @Test
    void exportsEveryArticle() throws IOException {
        try (LuceneRecordStore store = filled()) {
            List<ArticleRecord> out = new ArrayList<>();
            store.forEachArticle(out::add);
            assertThat(out).containsExactlyInAnyOrderElementsOf(FixtureRecords.all());
        }
    }
}
