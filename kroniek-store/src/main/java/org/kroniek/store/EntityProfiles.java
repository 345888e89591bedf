package org.kroniek.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Builds an {@link EntityProfile} from the entity documents that share a canonical key (one per
 * article naming the entity) and the claim documents whose speaker it is.
 */
final class EntityProfiles {
    private static final int MAX_PROFILE_DOCS = 2000;

    private EntityProfiles() {
    }

    static Optional<EntityProfile> find(IndexSearcher s, String key) throws IOException {
        TopDocs top = s.search(new TermQuery(new Term(Fields.KEY, key)), MAX_PROFILE_DOCS,
                new Sort(new SortField(Fields.DAY, SortField.Type.LONG)));
        if (top.scoreDocs.length == 0) {
            return Optional.empty();
        }
        StoredFields stored = s.storedFields();
        Set<String> aliases = new LinkedHashSet<>();
        Map<String, Long> perDate = new TreeMap<>();
        List<SearchHit> articles = new ArrayList<>();
        Map<String, Object> first = null;
        Map<String, Object> place = null;
        String country = null;
        for (ScoreDoc sd : top.scoreDocs) {
            Document d = stored.document(sd.doc);
            Map<String, Object> data = Json.read(d.get(Fields.DATA));
            if (first == null) {
                first = data;
            }
            aliases.add(String.valueOf(data.get("name")));
            Object list = data.get("aliases");
            if (list instanceof List<?> l) {
                l.forEach(a -> aliases.add(String.valueOf(a)));
            }
            if (place == null && data.get("place") instanceof Map<?, ?> m) {
                place = castMap(m);
            }
            if (country == null && data.get("country") != null) {
                country = String.valueOf(data.get("country"));
            }
            String date = d.get(Fields.DATE) == null ? "undated" : d.get(Fields.DATE);
            long mentions = data.get("mentions") instanceof Number num ? num.longValue() : 1;
            perDate.merge(date, mentions, Long::sum);
            articles.add(new SearchHit(d.get(Fields.ARTICLE), DocType.ARTICLE, d.get(Fields.ARTICLE),
                    d.get(Fields.ARTICLE_TITLE), d.get(Fields.DATE), null, data));
        }
        TopDocs claimDocs = s.search(new TermQuery(new Term(Fields.SPEAKER_KEY, key)), MAX_PROFILE_DOCS,
                new Sort(new SortField(Fields.DAY, SortField.Type.LONG)));
        List<SearchHit> claims = new ArrayList<>();
        for (ScoreDoc sd : claimDocs.scoreDocs) {
            claims.add(Hits.of(stored.document(sd.doc), null));
        }
        List<EntityProfile.DateCount> mentions = new ArrayList<>();
        perDate.forEach((date, n) -> mentions.add(new EntityProfile.DateCount(date, n)));
        aliases.remove(String.valueOf(first.get("name")));
        return Optional.of(new EntityProfile(key, String.valueOf(first.get("name")),
                String.valueOf(first.get("entityType")), country, place, new ArrayList<>(aliases), mentions,
                articles, claims));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }
}
