package org.kroniek.cli;

import org.kroniek.extract.events.AcledMapping;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.ClaimStatus;
import org.kroniek.record.Entity;
import org.kroniek.record.Event;
import org.kroniek.record.Figure;
import org.kroniek.record.FigureKind;
import org.kroniek.record.Place;
import org.kroniek.record.Precision;
import org.kroniek.record.TimeExpression;

/**
 * One row per event in ACLED's layout, followed by the PLOVER columns and the claim status.
 * {@code time_precision} is ACLED's: 1 the day is known, 2 the week, 3 only the month or year.
 * {@code fatalities} is the lowest "killed" figure tied to the event (through its claims or its
 * location), 0 when none is reported.
 */
final class AcledRows {
    static final String[] HEADER = {"event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
            "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
            "plover_event_type", "plover_mode", "negated", "hypothetical", "claim_status", "article_id", "event_id"};

    private final AcledMapping mapping;

    AcledRows(AcledMapping mapping) {
        this.mapping = mapping;
    }

    void print(CSVPrinter csv, ArticleRecord r) throws IOException {
        Map<String, Entity> entities = r.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity(), (a, b) -> a));
        for (Event v : r.events()) {
            String[] date = date(r, v);
            Optional<AcledMapping.Acled> acled = mapping.map(v.type(), v.mode());
            Entity where = entities.get(v.location());
            Place p = where == null ? null : where.place();
            csv.printRecord(date[0], date[1], acled.map(AcledMapping.Acled::eventType).orElse(""),
                    acled.map(AcledMapping.Acled::subEventType).orElse(""), name(entities.get(v.actor())),
                    name(entities.get(v.recipient())), name(where), p == null ? "" : p.lat(), p == null ? "" : p.lon(),
                    p == null ? "" : p.precision(), source(r), v.evidence().text(), fatalities(r, v),
                    v.type().name(), ClaimRows.nz(v.mode()), v.negated(), v.hypothetical(),
                    v.status().stream().map(ClaimStatus::label).sorted().collect(Collectors.joining(";")), r.id(), v.id());
        }
    }

    private static String[] date(ArticleRecord r, Event v) {
        if (v.time() != null) {
            for (TimeExpression t : r.times()) {
                if (v.time().equals(t.id()) && t.value() != null && t.precision() != null) {
                    return new String[] {t.value(), precision(t.precision())};
                }
            }
        }
        if (r.published() == null) {
            return new String[] {"", ""};
        }
        return new String[] {r.published().value(), precision(r.published().precision())};
    }

    private static String precision(Precision p) {
        return switch (p) {
            case DAY, DATETIME -> "1";
            case WEEK -> "2";
            case MONTH, YEAR -> "3";
        };
    }

    private static String fatalities(ArticleRecord r, Event v) {
        Long low = null;
        for (Figure f : r.figures()) {
            boolean tied = (f.claim() != null && v.claims().contains(f.claim()))
                    || (f.location() != null && f.location().equals(v.location()));
            if (tied && f.kind() == FigureKind.KILLED && f.low() != null) {
                low = low == null ? f.low() : Math.min(low, f.low());
            }
        }
        return low == null ? "0" : String.valueOf(low);
    }

    private static String name(Entity e) {
        return e == null ? "" : e.name();
    }

    static String source(ArticleRecord r) {
        if (r.source() == null) {
            return "";
        }
        if (r.source().outlet() != null) {
            return r.source().outlet();
        }
        if (r.source().url() != null) {
            return r.source().url();
        }
        return r.source().path() == null ? "" : r.source().path();
    }
}
