package org.kroniek.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.record.ArticleRecord;
import org.kroniek.store.fixtures.DpgMedia;

/** Storing the DpgMedia2019 corpus twice leaves exactly one record per article. */
class DpgMediaIngestTest {
    @TempDir
    Path dir;

    @Test
    void storingTheCorpusTwiceKeepsOneRecordPerArticle() throws IOException {
        Path jsonl = DpgMedia.file();
        Assumptions.assumeTrue(jsonl != null, "../shared/data/dpgmedia2019-nl is absent");
        // 60 corpus lines have an empty text: readers reject those, so they are left out here too
        List<ArticleRecord> records = DpgMedia.read(jsonl, Integer.MAX_VALUE).stream()
                .filter(item -> !item.text().isBlank()).map(DpgMedia.Item::record).toList();
        Set<String> ids = new HashSet<>();
        records.forEach(r -> ids.add(r.id()));
        try (LuceneRecordStore store = LuceneRecordStore.open(dir)) {
            Map<PutResult, Integer> first = putAll(store, records);
            assertThat(first).as("first pass").containsEntry(PutResult.NEW, ids.size());
            Map<PutResult, Integer> second = putAll(store, records);
            // the corpus repeats some texts under other titles (one article in several outlets): same
            // id, so the later copy updates the earlier one;
            // the others are unchanged
            assertThat(second).as("second pass").containsEntry(PutResult.NEW, 0);
            assertThat(second.get(PutResult.UPDATED)).isLessThanOrEqualTo(records.size() - ids.size());
            assertThat(store.count(DocType.ARTICLE)).isEqualTo(ids.size());
        }
        try (LuceneRecordStore store = LuceneRecordStore.open(dir)) {
            assertThat(store.count(DocType.ARTICLE)).isEqualTo(ids.size());
            Set<String> stored = new HashSet<>();
            store.forEachArticle(r -> assertThat(stored.add(r.id())).isTrue());
            assertThat(stored).isEqualTo(ids);
        }
    }

    private static Map<PutResult, Integer> putAll(RecordStore store, List<ArticleRecord> records) throws IOException {
        Map<PutResult, Integer> counts = new EnumMap<>(PutResult.class);
        for (PutResult r : PutResult.values()) {
            counts.put(r, 0);
        }
        int n = 0;
        for (ArticleRecord r : records) {
            counts.merge(store.put(r), 1, Integer::sum);
            if (++n % 200 == 0) {
                store.commit();
            }
        }
        store.commit();
        return counts;
    }
}
