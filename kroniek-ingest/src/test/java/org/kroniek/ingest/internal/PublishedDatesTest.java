package org.kroniek.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublishedDatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2022|2022|year",
        "2022-03|2022-03|month",
        "2022-3|2022-03|month",
        "2019-02-12|2019-02-12|day",
        "2022-06-24T17:30:00Z|2022-06-24T17:30:00Z|datetime",
        "2022-04-02T18:45:00+02:00|2022-04-02T18:45:00+02:00|datetime",
        "2022-04-02T18:45:00.123+0200|2022-04-02T18:45:00.123+02:00|datetime",
        "2022-04-02 18:45|2022-04-02T18:45:00|datetime",
        "'Wed, 30 Mar 2022 14:05:00 +0000'|2022-03-30T14:05:00Z|datetime",
        "'Wed, 30 Mar 2022 14:05:00 GMT'|2022-03-30T14:05:00Z|datetime",
        "1648649100|2022-03-30T14:05:00Z|datetime",
        "1648649100000|2022-03-30T14:05:00Z|datetime",
        "30 maart 2022|2022-03-30|day",
        "'woensdag 30 maart 2022, 14:05'|2022-03-30T14:05:00|datetime",
        "'March 30, 2022'|2022-03-30|day",
        "30. März 2022|2022-03-30|day",
        "2 avril 2022|2022-04-02|day",
    })
    void parses(String raw, String value, String precision) {
        var p = PublishedDates.parse(raw).orElseThrow();
        assertThat(p.value()).isEqualTo(value);
        assertThat(p.precision().label()).isEqualTo(precision);
    }

    @ParameterizedTest
    @CsvSource({"gisteren", "2022-13-01", "2022-02-30", "'31 foo 2022'", "''"})
    void rejects(String raw) {
        assertThat(PublishedDates.parse(raw)).isEmpty();
    }
}
