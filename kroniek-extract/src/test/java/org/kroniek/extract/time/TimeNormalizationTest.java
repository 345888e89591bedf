package org.kroniek.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.kroniek.record.Precision;
import org.kroniek.record.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeNormalizationTest {
    private static final Anchor DAY = new Anchor(LocalDate.of(2022, 3, 30), Precision.DAY);
    private static final Anchor MONTH = new Anchor(LocalDate.of(2022, 3, 1), Precision.MONTH);
    private static final Anchor YEAR = new Anchor(LocalDate.of(2022, 1, 1), Precision.YEAR);

    private static NormalizedTime one(String language, String text, Anchor anchor) {
        List<TimeMention> found = TimeRecognizer.of(language).find(text, new Span(0, text.length()));
        assertThat(found).as(text).hasSize(1);
        return TimeNormalizer.normalize(found.get(0).spec(), anchor);
    }

    private static String span(String language, String text) {
        List<TimeMention> found = TimeRecognizer.of(language).find(text, new Span(0, text.length()));
        assertThat(found).as(text).hasSize(1);
        return found.get(0).text();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // language | text | value with a day anchor (Wednesday 2022-03-30) | precision | weekday | approximate
            "nl|Poetin eiste woensdag de overgave.|2022-03-30|DAY|3|false",
            "nl|Dat gebeurde dinsdagavond laat.|2022-03-29TEV|DAY|2|false",
            "nl|Gisteren vielen er doden.|2022-03-29|DAY||false",
            "nl|Dat was een week geleden.|2022-03-23|DAY||true",
            "nl|Dat was vorige week.|2022-W12|WEEK||false",
            "nl|Dat was op 30 maart.|2022-03-30|DAY|3|false",
            "nl|Dat gebeurt begin april.|2022-04|MONTH||false",
            "nl|Dat was vorig jaar.|2021|YEAR||false",
            "nl|Afgelopen vrijdag was het raak.|2022-03-25|DAY|5|false",
            "nl|Komende zaterdag is er een betoging.|2022-04-02|DAY|6|false",
            "nl|Vorige week vrijdag was het raak.|2022-03-25|DAY|5|false",
            "nl|Dat was zo'n anderhalve week geleden.|2022-03-20|DAY||true",
            "nl|Het was afgelopen weekend.|2022-W12-WE|WEEK||false",
            "nl|Dat was in de zomer van 2017.|2017-SU|YEAR||false",
            "nl|Vanavond spreekt hij.|2022-03-30TEV|DAY||false",
            "nl|Dat was een paar maanden geleden.|2022-02|MONTH||true",
            "nl|Dat gebeurde enkele dagen later.|2022-03-31|DAY||true",
            "en|It happened on Tuesday.|2022-03-29|DAY|2|false",
            "en|It happened last week.|2022-W12|WEEK||false",
            "en|It happened yesterday.|2022-03-29|DAY||false",
            "en|It was signed on March 30, 2022.|2022-03-30|DAY|3|false",
            "en|It was two years ago.|2020|YEAR||true",
            "en|They will meet on Friday.|2022-04-01|DAY|5|false",
            "en|It happened in early April.|2022-04|MONTH||false",
            "en|They met on Thanksgiving Day.|2021-11-25|DAY|4|false",
            "nl|Met Kerstmis was het stil.|2021-12-25|DAY|6|false",
    })
    void dayAnchor(String language, String text, String value, Precision precision, Integer weekday, boolean approximate) {
        NormalizedTime n = one(language, text, DAY);
        assertThat(n.value()).isEqualTo(value);
        assertThat(n.precision()).isEqualTo(precision);
        assertThat(n.weekday()).isEqualTo(weekday);
        assertThat(n.approximate()).isEqualTo(approximate);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "nl|Poetin eiste woensdag de overgave.|2022-03|MONTH|3|false",
            "nl|Dat gebeurde dinsdagavond.|2022-03|MONTH|2|false",
            "nl|De Russen gaven een week geleden een ultimatum.|2022-03|MONTH||true",
            "nl|Het Kremlin had vorige week al aangegeven dat.|2022-03|MONTH||true",
            "nl|Gisteren vielen er doden.|2022-03|MONTH||false",
            "nl|Dat was op 30 maart.|2022-03-30|DAY|3|false",
            "nl|Dat was vorige maand.|2022-02|MONTH||false",
            "en|It happened on Tuesday.|2022-03|MONTH|2|false",
            "en|It happened last week.|2022-03|MONTH||true",
    })
    void monthAnchorNeverInventsPrecision(String language, String text, String value, Precision precision, Integer weekday,
                                          boolean approximate) {
        NormalizedTime n = one(language, text, MONTH);
        assertThat(n.value()).isEqualTo(value);
        assertThat(n.precision()).isEqualTo(precision);
        assertThat(n.weekday()).isEqualTo(weekday);
        assertThat(n.approximate()).isEqualTo(approximate);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "nl|Poetin eiste woensdag de overgave.|2022|YEAR|3",
            "nl|Dat was vorige maand.|2022|YEAR|",
            "nl|Dat was vorig jaar.|2021|YEAR|",
            "en|It happened yesterday.|2022|YEAR|",
    })
    void yearAnchor(String language, String text, String value, Precision precision, Integer weekday) {
        NormalizedTime n = one(language, text, YEAR);
        assertThat(n.value()).isEqualTo(value);
        assertThat(n.precision()).isEqualTo(precision);
        assertThat(n.weekday()).isEqualTo(weekday);
    }

    @Test
    void withoutAnchorRelativeTimesHaveNoValue() {
        assertThat(one("nl", "Gisteren vielen er doden.", null).value()).isNull();
        assertThat(one("nl", "Op 30 maart 2022.", null).value()).isEqualTo("2022-03-30");
    }

    @Test
    void spansLeaveOutPrepositions() {
        assertThat(span("nl", "Dat gebeurde in 2016 al.")).isEqualTo("2016");
        assertThat(span("en", "It happened on Tuesday.")).isEqualTo("Tuesday");
        assertThat(span("nl", "Zo werd Chernihiv enkele uren na de verklaring gebombardeerd.")).isEqualTo("enkele uren na");
    }

    @Test
    void englishMonthNamesMustBeCapitalized() {
        assertThat(TimeRecognizer.of("en").find("He may march on.", new Span(0, 16))).isEmpty();
    }

    @Test
    void numbersAreNotYears() {
        assertThat(TimeRecognizer.of("nl").find("Er vielen 1.500 doden.", new Span(0, 22))).isEmpty();
    }

    @Test
    void durationsAndReferences() {
        assertThat(one("en", "for three years", DAY).value()).isEqualTo("P3Y");
        assertThat(one("en", "The company now says", DAY).value()).isEqualTo("PRESENT_REF");
        assertThat(one("en", "at 10 a.m.", DAY).value()).isEqualTo("2022-03-30T10:00");
    }
}
