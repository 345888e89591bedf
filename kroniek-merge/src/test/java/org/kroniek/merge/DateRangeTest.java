package org.kroniek.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {
    @Test
    void parsesEachPrecision() {
        assertThat(DateRange.parse("2022-03-14").orElseThrow().toString()).isEqualTo("2022-03-14");
        assertThat(DateRange.parse("2022-03-14T08:30:00Z").orElseThrow().toString()).isEqualTo("2022-03-14");
        assertThat(DateRange.parse("2022-02").orElseThrow().toString()).isEqualTo("2022-02-01..2022-02-28");
        assertThat(DateRange.parse("2022-W10").orElseThrow().toString()).isEqualTo("2022-03-07..2022-03-13");
        assertThat(DateRange.parse("2022").orElseThrow().last()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(DateRange.parse("PRESENT_REF")).isEmpty();
        assertThat(DateRange.parse("2022-13")).isEmpty();
        assertThat(DateRange.parse(null)).isEmpty();
    }

    @Test
    void aMonthOverlapsEachOfItsDays() {
        DateRange march = DateRange.parse("2022-03").orElseThrow();
        assertThat(march.overlaps(DateRange.parse("2022-03-31").orElseThrow())).isTrue();
        assertThat(march.overlaps(DateRange.parse("2022-04-01").orElseThrow())).isFalse();
        assertThat(march.gapDays(DateRange.parse("2022-04-03").orElseThrow())).isEqualTo(3);
        assertThat(DateRange.parse("2022-04-03").orElseThrow().gapDays(march)).isEqualTo(3);
    }
}
