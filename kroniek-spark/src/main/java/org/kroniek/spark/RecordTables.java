package org.kroniek.spark;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.Claim;
import org.kroniek.record.ClaimRelation;
import org.kroniek.record.ClaimStatus;
import org.kroniek.record.Entity;
import org.kroniek.record.Figure;
import org.kroniek.record.Place;
import org.kroniek.record.TextSpan;

/**
 * The flat Parquet tables written from records: one row per article, entity, claim and figure,
 * each with the id of its article; columns are named after the record contract's fields
 * ({@code source.path} becomes {@code path}, {@code place.lat} becomes {@code latitude}). Sets
 * and lists of labels are joined with {@code ,}, aliases with {@code |}. The event table, which
 * follows ACLED's export, is {@link EventTable}.
 */
final class RecordTables {
    /** One item of a record, with the record it belongs to. */
    record Item<T>(ArticleRecord record, T item) {
    }

    static final Table<ArticleRecord> ARTICLES = Table.<ArticleRecord>named("articles")
            .string("id", ArticleRecord::id)
            .string("path", r -> r.source() == null ? null : r.source().path())
            .string("url", r -> r.source() == null ? null : r.source().url())
            .string("outlet", r -> r.source() == null ? null : r.source().outlet())
            .integer("record", r -> r.source() == null ? null : r.source().record())
            .string("title", ArticleRecord::title)
            .string("language", ArticleRecord::language)
            .string("published", r -> r.published() == null ? null : r.published().value())
            .string("published_precision", r -> r.published() == null ? null : r.published().precision().label())
            .string("text", ArticleRecord::text)
            .integer("paragraphs", r -> r.paragraphs().size())
            .integer("sentences", r -> r.sentences().size())
            .integer("entities", r -> r.entities().size())
            .integer("times", r -> r.times().size())
            .integer("claims", r -> r.claims().size())
            .integer("events", r -> r.events().size())
            .integer("figures", r -> r.figures().size())
            .string("problems", r -> r.problems().isEmpty() ? null : String.join("\n", r.problems()))
            .build();

    static final Table<Item<Entity>> ENTITIES = Table.<Item<Entity>>named("entities")
            .string("article_id", i -> i.record().id())
            .string("entity_id", i -> i.item().id())
            .string("name", i -> i.item().name())
            .string("type", i -> i.item().type().name())
            .string("aliases", i -> String.join("|", i.item().aliases()))
            .integer("mentions", i -> i.item().mentions().size())
            .integer("first_start", i -> i.item().mentions().isEmpty() ? null : i.item().mentions().get(0).start())
            .string("country", i -> i.item().country())
            .decimal("latitude", i -> place(i) == null ? null : place(i).lat())
            .decimal("longitude", i -> place(i) == null ? null : place(i).lon())
            .string("place_country", i -> place(i) == null ? null : place(i).country())
            .string("place_kind", i -> place(i) == null || place(i).kind() == null ? null : place(i).kind().label())
            .integer("geo_precision", i -> place(i) == null ? null : place(i).precision())
            .bigint("geonames", i -> place(i) == null ? null : place(i).geonames())
            .build();

    static final Table<Item<Claim>> CLAIMS = Table.<Item<Claim>>named("claims")
            .string("article_id", i -> i.record().id())
            .string("claim_id", i -> i.item().id())
            .string("speaker_entity", i -> i.item().speaker().entity())
            .string("speaker_text", i -> i.item().speaker().text())
            .string("speaker_kind", i -> i.item().speaker().kind().label())
            .string("speaker_country", i -> i.item().speaker().country())
            .string("via", i -> i.item().via())
            .string("cue", i -> i.item().cue())
            .string("text", i -> i.item().text())
            .integer("start", i -> i.item().start())
            .integer("end", i -> i.item().end())
            .bool("direct", i -> i.item().direct())
            .string("status", i -> statuses(i.item().status()))
            .string("time", i -> i.item().time())
            .string("relations", i -> i.item().relations().stream()
                    .map(RecordTables::relation).sorted().collect(Collectors.joining(",")))
            .build();

    static final Table<Item<Figure>> FIGURES = Table.<Item<Figure>>named("figures")
            .string("article_id", i -> i.record().id())
            .string("kind", i -> i.item().kind().label())
            .bigint("low", i -> i.item().low())
            .bigint("high", i -> i.item().high())
            .string("unit", i -> i.item().unit() == null ? null : i.item().unit().label())
            .string("object", i -> i.item().object())
            .string("location", i -> i.item().location())
            .string("location_name", i -> entityName(i.record(), i.item().location()))
            .string("claim", i -> i.item().claim())
            .bool("approximate", i -> i.item().approximate())
            .integer("evidence_start", i -> i.item().evidence().start())
            .integer("evidence_end", i -> i.item().evidence().end())
            .string("evidence_text", i -> evidence(i.item().evidence()))
            .build();

    private RecordTables() {
    }

    static List<Row> articleRows(ArticleRecord r) {
        return List.of(ARTICLES.row(r));
    }

    static List<Row> entityRows(ArticleRecord r) {
        return r.entities().stream().map(e -> ENTITIES.row(new Item<>(r, e))).toList();
    }

    static List<Row> claimRows(ArticleRecord r) {
        return r.claims().stream().map(c -> CLAIMS.row(new Item<>(r, c))).toList();
    }

    static List<Row> figureRows(ArticleRecord r) {
        return r.figures().stream().map(f -> FIGURES.row(new Item<>(r, f))).toList();
    }

    /** The canonical name of entity {@code id} in the record, or null. */
    static String entityName(ArticleRecord r, String id) {
        Entity e = entity(r, id);
        return e == null ? null : e.name();
    }

    static Entity entity(ArticleRecord r, String id) {
        if (id == null) {
            return null;
        }
        for (Entity e : r.entities()) {
            if (Objects.equals(e.id(), id)) {
                return e;
            }
        }
        return null;
    }

    static String statuses(Collection<ClaimStatus> status) {
        return status.stream().map(ClaimStatus::label).sorted().collect(Collectors.joining(","));
    }

    static String evidence(TextSpan span) {
        return span == null ? null : span.text();
    }

    private static String relation(ClaimRelation r) {
        return (r.type() == null ? "?" : r.type().label()) + ":" + r.claim();
    }

    private static Place place(Item<Entity> i) {
        return i.item().place();
    }
}
