package org.kroniek.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.merge.StoriesJson;
import org.kroniek.merge.StoryIndex;
import org.kroniek.record.ArticleRecord;
import org.kroniek.store.fixtures.FixtureRecords;

/** The store's story index follows its commits and equals the stories of its records grouped at once. */
class StoreStoriesTest {
    @TempDir
    Path dir;

    @Test
    void storiesFollowCommitsAndNotPendingPuts() throws IOException {
        List<ArticleRecord> all = FixtureRecords.all();
        try (LuceneRecordStore store = LuceneRecordStore.open(dir)) {
            store.put(all.get(0));
            store.commit();
            assertThat(store.stories(StoryIndex::size)).isEqualTo(1);
            for (ArticleRecord r : all.subList(1, all.size())) {
                store.put(r);
            }
            // not committed: not in the stories either
            assertThat(store.stories(StoryIndex::size)).isEqualTo(1);
            store.commit();
            String json = store.stories(StoreStoriesTest::json);
            assertThat(json).isEqualTo(json(StoryIndex.of(all)));
        }
        try (LuceneRecordStore reopened = LuceneRecordStore.open(dir)) {
            String json = reopened.stories(StoreStoriesTest::json);
            assertThat(json).isEqualTo(json(StoryIndex.of(all)));
        }
    }

    private static String json(StoryIndex index) {
        return StoriesJson.write(index);
    }
}
