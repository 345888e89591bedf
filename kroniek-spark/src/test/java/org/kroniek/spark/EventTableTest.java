package org.kroniek.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.ClaimStatus;
import org.kroniek.record.Entity;
import org.kroniek.record.EntityType;
import org.kroniek.record.Event;
import org.kroniek.record.EventType;
import org.kroniek.record.Figure;
import org.kroniek.record.FigureKind;
import org.kroniek.record.FigureUnit;
import org.kroniek.record.Place;
import org.kroniek.record.PlaceKind;
import org.kroniek.record.Precision;
import org.kroniek.record.Published;
import org.kroniek.record.Source;
import org.kroniek.record.TextSpan;
import org.kroniek.record.TimeExpression;

class EventTableTest {
    private static final String TEXT = "Russische troepen hebben woensdag Charkiv beschoten. Daarbij kwamen zeker vier mensen om. "
            + "In Kyiv vielen twee doden.";

    private static ArticleRecord record(String time, List<Figure> figures) {
        Entity russia = new Entity("e1", "Russian Armed Forces", EntityType.ORG, List.of("Russische troepen"),
                List.of(TextSpan.of(TEXT, 0, 17)), "RU", null);
        Entity kharkiv = new Entity("e2", "Kharkiv", EntityType.LOC, List.of("Charkiv"),
                List.of(TextSpan.of(TEXT, 34, 41)), "UA", new Place(49.9935, 36.2304, "UA", PlaceKind.CITY, 1, 706483L));
        TimeExpression woensdag = new TimeExpression("t1", "woensdag", 25, 33, "2022-03", Precision.MONTH, 3, false);
        Event shelling = new Event("v1", EventType.ASSAULT, "heavy-weapons", "e1", null, "e2", time,
                Set.of(ClaimStatus.ASSERTED), false, false, List.of(), TextSpan.of(TEXT, 0, 89));
        return new ArticleRecord("id1", new Source("in.jsonl", null, "NOS", 4), null, "nl",
                new Published("2022-03-02", Precision.DAY), TEXT, List.of(), List.of(),
                List.of(russia, kharkiv), List.of(woensdag), List.of(), List.of(shelling), figures, List.of());
    }

    private static Figure killed(long low, int start, int end) {
        return new Figure(FigureKind.KILLED, low, null, FigureUnit.PEOPLE, null, null, null, false, TextSpan.of(TEXT, start, end));
    }

    private static Object column(Row row, String name) {
        return row.get(EventTable.EVENTS.columns().indexOf(name));
    }

    @Test
    void namesActorsAndPlaceAndTakesCoordinatesFromTheLocation() {
        Row row = EventTable.rows(record("t1", List.of())).get(0);
        assertThat(column(row, "actor1")).isEqualTo("Russian Armed Forces");
        assertThat(column(row, "actor2")).isNull();
        assertThat(column(row, "location")).isEqualTo("Kharkiv");
        assertThat(column(row, "latitude")).isEqualTo(49.9935);
        assertThat(column(row, "longitude")).isEqualTo(36.2304);
        assertThat(column(row, "geo_precision")).isEqualTo(1);
        assertThat(column(row, "source")).isEqualTo("NOS");
        assertThat(column(row, "plover_type")).isEqualTo("ASSAULT");
        assertThat(column(row, "notes")).isEqualTo(TEXT.substring(0, 89));
    }

    @Test
    void eventDateKeepsTheTimeExpressionsPrecision() {
        Row row = EventTable.rows(record("t1", List.of())).get(0);
        assertThat(column(row, "event_date")).isEqualTo("2022-03");
        assertThat(column(row, "time_precision")).isEqualTo(3);
    }

    @Test
    void withoutATimeTheEventDateIsThePublicationDate() {
        Row row = EventTable.rows(record(null, List.of())).get(0);
        assertThat(column(row, "event_date")).isEqualTo("2022-03-02");
        assertThat(column(row, "time_precision")).isEqualTo(1);
    }

    @Test
    void fatalitiesCountOnlyKilledFiguresInsideTheEventsEvidence() {
        Row row = EventTable.rows(record("t1", List.of(killed(4, 53, 88), killed(2, 90, 114)))).get(0);
        assertThat(column(row, "fatalities")).isEqualTo(4L);
    }

    @Test
    void everyRowHasAValuePerColumn() {
        Row row = EventTable.rows(record("t1", List.of())).get(0);
        assertThat(row.length()).isEqualTo(EventTable.EVENTS.schema().size());
    }
}
