package org.kroniek.spark;

import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.Entity;
import org.kroniek.record.Event;
import org.kroniek.record.Figure;
import org.kroniek.record.FigureKind;
import org.kroniek.record.FigureUnit;
import org.kroniek.record.Precision;
import org.kroniek.record.TimeExpression;

/**
 * The event table, one row per event, in the columns of ACLED's export (event_date,
 * time_precision, event_type, sub_event_type, actor1, actor2, location, latitude, longitude,
 * geo_precision, source, notes, fatalities) followed by the record's own event fields. Every
 * value is derived from the record:
 * <ul>
 *   <li>{@code event_date}: the event's time expression value, else the publication date, at
 *       the precision it has ({@code 2022-03} stays a month);</li>
 *   <li>{@code time_precision}: ACLED's code, 1 a day (or finer), 2 a week, 3 a month or coarser;</li>
 *   <li>{@code actor1}, {@code actor2}, {@code location}: the canonical names of the actor,
 *       recipient and location entities; coordinates and geo_precision from the location's place;</li>
 *   <li>{@code source}: the outlet, else the URL, else the input file;
 *       {@code notes}: the evidence sentence;</li>
 *   <li>{@code fatalities}: the sum of the lowest counts of people killed in figures that belong
 *       to one of the event's claims or lie inside its evidence, 0 when there are none;</li>
 *   <li>{@code event_type}, {@code sub_event_type}: ACLED's types for the PLOVER type and mode,
 *       from {@link AcledTypes}.</li>
 * </ul>
 */
final class EventTable {
    /** An event with its record. */
    record Item(ArticleRecord record, Event event) {
    }

    static final Table<Item> EVENTS = Table.<Item>named("events")
            .string("article_id", i -> i.record().id())
            .string("event_id", i -> i.event().id())
            .string("event_date", EventTable::eventDate)
            .integer("time_precision", EventTable::timePrecision)
            .string("event_type", i -> AcledTypes.eventType(i.event()))
            .string("sub_event_type", i -> AcledTypes.subEventType(i.event()))
            .string("actor1", i -> RecordTables.entityName(i.record(), i.event().actor()))
            .string("actor2", i -> RecordTables.entityName(i.record(), i.event().recipient()))
            .string("location", i -> RecordTables.entityName(i.record(), i.event().location()))
            .decimal("latitude", i -> location(i) == null ? null : location(i).place().lat())
            .decimal("longitude", i -> location(i) == null ? null : location(i).place().lon())
            .integer("geo_precision", i -> location(i) == null ? null : location(i).place().precision())
            .string("source", EventTable::source)
            .string("notes", i -> RecordTables.evidence(i.event().evidence()))
            .bigint("fatalities", EventTable::fatalities)
            .string("plover_type", i -> i.event().type().name())
            .string("mode", i -> i.event().mode())
            .string("actor", i -> i.event().actor())
            .string("recipient", i -> i.event().recipient())
            .string("location_id", i -> i.event().location())
            .string("time", i -> i.event().time())
            .string("status", i -> RecordTables.statuses(i.event().status()))
            .bool("negated", i -> i.event().negated())
            .bool("hypothetical", i -> i.event().hypothetical())
            .string("claims", i -> String.join(",", i.event().claims()))
            .integer("evidence_start", i -> i.event().evidence().start())
            .integer("evidence_end", i -> i.event().evidence().end())
            .build();

    private EventTable() {
    }

    static List<Row> rows(ArticleRecord r) {
        return r.events().stream().map(e -> EVENTS.row(new Item(r, e))).toList();
    }

    private static TimeExpression time(Item i) {
        if (i.event().time() == null) {
            return null;
        }
        for (TimeExpression t : i.record().times()) {
            if (Objects.equals(t.id(), i.event().time()) && t.value() != null) {
                return t;
            }
        }
        return null;
    }

    static String eventDate(Item i) {
        TimeExpression t = time(i);
        if (t != null) {
            return t.value();
        }
        return i.record().published() == null ? null : i.record().published().value();
    }

    static Integer timePrecision(Item i) {
        TimeExpression t = time(i);
        Precision p = t != null ? t.precision()
                : i.record().published() == null ? null : i.record().published().precision();
        if (p == null) {
            return null;
        }
        return switch (p) {
            case DATETIME, DAY -> 1;
            case WEEK -> 2;
            case MONTH, YEAR -> 3;
        };
    }

    private static Entity location(Item i) {
        Entity e = RecordTables.entity(i.record(), i.event().location());
        return e == null || e.place() == null ? null : e;
    }

    static String source(Item i) {
        var s = i.record().source();
        if (s == null) {
            return null;
        }
        return s.outlet() != null ? s.outlet() : s.url() != null ? s.url() : s.path();
    }

    static long fatalities(Item i) {
        long sum = 0;
        var evidence = i.event().evidence().span();
        for (Figure f : i.record().figures()) {
            boolean killed = f.kind() == FigureKind.KILLED && (f.unit() == null || f.unit() == FigureUnit.PEOPLE);
            boolean ofEvent = (f.claim() != null && i.event().claims().contains(f.claim()))
                    || evidence.contains(f.evidence().span());
            if (killed && ofEvent && f.low() != null) {
                sum += f.low();
            }
        }
        return sum;
    }
}
