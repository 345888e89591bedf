package org.kroniek.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.Claim;
import org.kroniek.record.ClaimStatus;
import org.kroniek.record.Entity;
import org.kroniek.record.Event;
import org.kroniek.record.Place;
import org.kroniek.record.RecordJson;

/**
 * Turns one record into its Lucene documents: the article (holding the record's JSON source)
 * followed by one document per entity, event and claim. Every document carries the article id
 * in {@link Fields#ARTICLE}, so the whole block is replaced at once when the article changes.
 */
final class RecordDocuments {
    private final FacetsConfig facets;

    RecordDocuments(FacetsConfig facets) {
        this.facets = facets;
    }

    List<Document> of(ArticleRecord r, String json, String hash) throws java.io.IOException {
        Map<String, Entity> entities = new LinkedHashMap<>();
        r.entities().forEach(e -> entities.put(e.id(), e));
        List<Document> docs = new ArrayList<>();
        docs.add(article(r, json, hash));
        for (Entity e : r.entities()) {
            docs.add(entity(r, e));
        }
        for (Event v : r.events()) {
            docs.add(event(r, v, entities));
        }
        for (Claim c : r.claims()) {
            docs.add(claim(r, c, entities));
        }
        List<Document> built = new ArrayList<>(docs.size());
        for (Document d : docs) {
            built.add(facets.build(d));
        }
        return built;
    }

    /** Articles, events and claims are their own group; entity documents group by canonical key. */
    private static void ownGroup(Document d, String id) {
        d.add(new SortedDocValuesField(Fields.GROUP, new BytesRef(id)));
    }

    private Document article(ArticleRecord r, String json, String hash) {
        Tags tags = new Tags();
        for (Entity e : r.entities()) {
            tags.entity(e);
        }
        r.claims().forEach(c -> c.status().forEach(s -> tags.status.add(s.label())));
        r.events().forEach(v -> tags.eventTypes.add(v.type().name()));
        Document d = base(DocType.ARTICLE, r.id(), r, published(r), tags);
        ownGroup(d, r.id());
        if (r.title() != null) {
            d.add(new TextField(Fields.TITLE, r.title(), Field.Store.NO));
        }
        d.add(new TextField(Fields.TEXT, r.text(), Field.Store.NO));
        d.add(new StoredField(Fields.SOURCE, json));
        d.add(new StoredField(Fields.HASH, hash));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("language", r.language());
        data.put("outlet", r.source() == null ? null : r.source().outlet());
        data.put("url", r.source() == null ? null : r.source().url());
        data.put("entities", r.entities().size());
        data.put("claims", r.claims().size());
        data.put("events", r.events().size());
        d.add(new StoredField(Fields.DATA, Json.write(data)));
        return d;
    }

    private Document entity(ArticleRecord r, Entity e) {
        Tags tags = new Tags();
        tags.entity(e);
        String key = EntityKeys.of(e);
        Document d = base(DocType.ENTITY, r.id() + "-" + e.id(), r, published(r), tags);
        d.add(new StringField(Fields.KEY, key, Field.Store.YES));
        d.add(new SortedDocValuesField(Fields.GROUP, new BytesRef(key)));
        d.add(new SortedSetDocValuesFacetField(Facet.ENTITY_KEY.dim(), key));
        d.add(new TextField(Fields.TEXT, e.name() + "\n" + String.join("\n", e.aliases()), Field.Store.NO));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("key", key);
        data.put("local", e.id());
        data.put("name", e.name());
        data.put("entityType", e.type().name());
        data.put("aliases", e.aliases());
        data.put("country", e.country());
        data.put("mentions", e.mentions().size());
        data.put("place", place(e.place()));
        d.add(new StoredField(Fields.DATA, Json.write(data)));
        return d;
    }

    private Document event(ArticleRecord r, Event v, Map<String, Entity> entities) {
        Tags tags = new Tags();
        Entity actor = entities.get(v.actor());
        Entity recipient = entities.get(v.recipient());
        Entity location = entities.get(v.location());
        for (Entity e : new Entity[] {actor, recipient, location}) {
            if (e != null) {
                tags.entity(e);
            }
        }
        v.status().forEach(s -> tags.status.add(s.label()));
        tags.eventTypes.add(v.type().name());
        String date = RecordDates.eventDate(r, v);
        Document d = base(DocType.EVENT, r.id() + "-" + v.id(), r, date, tags);
        ownGroup(d, r.id() + "-" + v.id());
        d.add(new TextField(Fields.TEXT, v.evidence().text() == null ? "" : v.evidence().text(), Field.Store.NO));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("local", v.id());
        data.put("eventType", v.type().name());
        data.put("mode", v.mode());
        data.put("actor", name(actor));
        data.put("recipient", name(recipient));
        data.put("location", name(location));
        data.put("locationKey", location == null ? null : EntityKeys.of(location));
        data.put("place", location == null ? null : place(location.place()));
        data.put("status", labels(v.status()));
        data.put("negated", v.negated());
        data.put("hypothetical", v.hypothetical());
        data.put("evidence", v.evidence().text());
        data.put("claims", v.claims());
        d.add(new StoredField(Fields.DATA, Json.write(data)));
        return d;
    }

    private Document claim(ArticleRecord r, Claim c, Map<String, Entity> entities) {
        Tags tags = new Tags();
        Entity speaker = c.speaker().entity() == null ? null : entities.get(c.speaker().entity());
        if (speaker != null) {
            tags.entity(speaker);
        }
        for (Entity e : r.entities()) {
            if (e.mentions().stream().anyMatch(m -> m.start() >= c.start() && m.end() <= c.end())) {
                tags.entity(e);
            }
        }
        c.status().forEach(s -> tags.status.add(s.label()));
        r.events().stream().filter(v -> v.claims().contains(c.id())).forEach(v -> tags.eventTypes.add(v.type().name()));
        String date = c.time() != null && RecordDates.parse(c.time()) != null ? c.time() : published(r);
        Document d = base(DocType.CLAIM, r.id() + "-" + c.id(), r, date, tags);
        ownGroup(d, r.id() + "-" + c.id());
        d.add(new TextField(Fields.TEXT, c.text() + "\n" + c.speaker().text(), Field.Store.NO));
        Entity via = c.via() == null ? null : entities.get(c.via());
        String speakerKey = speaker == null ? null : EntityKeys.of(speaker);
        if (speakerKey != null) {
            d.add(new StringField(Fields.SPEAKER_KEY, speakerKey, Field.Store.NO));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("local", c.id());
        data.put("speaker", c.speaker().text());
        data.put("speakerName", name(speaker));
        data.put("speakerKey", speakerKey);
        data.put("speakerKind", c.speaker().kind().label());
        data.put("via", via != null ? via.name() : c.via());
        data.put("cue", c.cue());
        data.put("text", c.text());
        data.put("direct", c.direct());
        data.put("status", labels(c.status()));
        d.add(new StoredField(Fields.DATA, Json.write(data)));
        return d;
    }

    private static Document base(DocType type, String id, ArticleRecord r, String date, Tags tags) {
        Document d = new Document();
        d.add(new StringField(Fields.ID, id, Field.Store.YES));
        d.add(new SortedDocValuesField(Fields.ID, new BytesRef(id)));
        d.add(new StringField(Fields.ARTICLE, r.id(), Field.Store.YES));
        d.add(new StringField(Fields.TYPE, type.label(), Field.Store.YES));
        d.add(new SortedSetDocValuesFacetField(Facet.TYPE.dim(), type.label()));
        d.add(new StoredField(Fields.ARTICLE_TITLE, DisplayTitle.of(r)));
        LocalDate day = RecordDates.parse(date);
        if (day != null) {
            d.add(new StoredField(Fields.DATE, date));
            d.add(new LongPoint(Fields.DAY, day.toEpochDay()));
            d.add(new NumericDocValuesField(Fields.DAY, day.toEpochDay()));
            d.add(new SortedSetDocValuesFacetField(Facet.MONTH.dim(), day.toString().substring(0, 7)));
        } else {
            d.add(new LongPoint(Fields.DAY, Long.MIN_VALUE));
            d.add(new NumericDocValuesField(Fields.DAY, Long.MIN_VALUE));
        }
        if (r.language() != null) {
            d.add(new SortedSetDocValuesFacetField(Facet.LANGUAGE.dim(), r.language()));
        }
        tags.addTo(d);
        return d;
    }

    private static String published(ArticleRecord r) {
        return r.published() == null ? null : r.published().value();
    }

    private static String name(Entity e) {
        return e == null ? null : e.name();
    }

    private static List<String> labels(Set<ClaimStatus> statuses) {
        return statuses.stream().map(ClaimStatus::label).sorted().toList();
    }

    static Map<String, Object> place(Place p) {
        if (p == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lat", p.lat());
        m.put("lon", p.lon());
        m.put("country", p.country());
        m.put("kind", p.kind() == null ? null : p.kind().label());
        m.put("precision", p.precision());
        return m;
    }

    /** Filter and facet values of one document. */
    private static final class Tags {
        final Set<String> entities = new LinkedHashSet<>();
        final Set<String> places = new LinkedHashSet<>();
        final Set<String> status = new LinkedHashSet<>();
        final Set<String> eventTypes = new LinkedHashSet<>();

        void entity(Entity e) {
            if (e.place() != null || e.type() == org.kroniek.record.EntityType.LOC) {
                places.add(e.name());
            } else {
                entities.add(e.name());
            }
        }

        void addTo(Document d) {
            add(d, Facet.ENTITY, entities);
            add(d, Facet.PLACE, places);
            add(d, Facet.STATUS, status);
            add(d, Facet.EVENT_TYPE, eventTypes);
        }

        private static void add(Document d, Facet facet, Set<String> values) {
            for (String v : values) {
                if (!v.isBlank()) {
                    d.add(new StringField(facet.filterField(), v, Field.Store.NO));
                    d.add(new SortedSetDocValuesFacetField(facet.dim(), v));
                }
            }
        }
    }
}
