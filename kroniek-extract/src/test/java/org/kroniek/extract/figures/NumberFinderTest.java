package org.kroniek.extract.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.kroniek.extract.support.SentenceTokens;
import org.kroniek.record.Span;
import org.junit.jupiter.api.Test;

class NumberFinderTest {
    private static List<Quantity> find(String language, String text) {
        return NumberFinder.of(language).find(SentenceTokens.tokenize(text, new Span(0, text.length())));
    }

    private static Quantity only(String language, String text) {
        List<Quantity> q = find(language, text);
        assertThat(q).hasSize(1);
        return q.get(0);
    }

    @Test
    void elidedDutchRangeSharesTheMultiplier() {
        Quantity q = only("nl", "Er zijn al zeker vijf- tot tienduizend doden gevallen.");
        assertThat(q.low()).isEqualTo(5000);
        assertThat(q.high()).isEqualTo(10000.0);
        assertThat(q.approximate()).isFalse();
    }

    @Test
    void atLeastWithoutRangeOpensTheTop() {
        Quantity q = only("nl", "Er vielen zeker 17 doden.");
        assertThat(q.low()).isEqualTo(17);
        assertThat(q.high()).isNull();
        Quantity e = only("en", "At least 17 people were killed.");
        assertThat(e.low()).isEqualTo(17);
        assertThat(e.high()).isNull();
    }

    @Test
    void moreThanOpensTheTop() {
        assertThat(only("nl", "ruim 300 gewonden").high()).isNull();
        assertThat(only("en", "more than 300 wounded").high()).isNull();
    }

    @Test
    void sharesBecomePercentages() {
        Quantity q = only("nl", "negen van de tien gebouwen");
        assertThat(q.percent()).isTrue();
        assertThat(q.low()).isEqualTo(90);
        assertThat(only("nl", "vier op de tien gebouwen").low()).isEqualTo(40);
        assertThat(only("en", "nine out of ten buildings").low()).isEqualTo(90);
    }

    @Test
    void percentages() {
        Quantity q = only("nl", "40 procent van de huizen");
        assertThat(q.percent()).isTrue();
        assertThat(q.low()).isEqualTo(40);
        assertThat(only("en", "40% of homes").percent()).isTrue();
    }

    @Test
    void vagueAmountsFollowAcled() {
        Quantity tens = only("nl", "tientallen doden");
        assertThat(tens.low()).isEqualTo(10);
        assertThat(tens.approximate()).isTrue();
        assertThat(only("en", "dozens of people").low()).isEqualTo(12);
        assertThat(only("nl", "honderden gewonden").low()).isEqualTo(100);
        assertThat(only("en", "hundreds of civilians").low()).isEqualTo(100);
    }

    @Test
    void rangesInDigitsAndWords() {
        Quantity q = only("en", "between 5 and 10 people");
        assertThat(q.low()).isEqualTo(5);
        assertThat(q.high()).isEqualTo(10.0);
        Quantity d = only("nl", "5-10 doden");
        assertThat(d.low()).isEqualTo(5);
        assertThat(d.high()).isEqualTo(10.0);
        Quantity m = only("en", "five to ten thousand dead");
        assertThat(m.low()).isEqualTo(5000);
        assertThat(m.high()).isEqualTo(10000.0);
    }

    @Test
    void approximateModifiers() {
        assertThat(only("nl", "zo'n 10.000 mensen").approximate()).isTrue();
        assertThat(only("en", "about 3.5 million refugees").low()).isEqualTo(3_500_000);
    }

    @Test
    void articleAloneIsNoNumber() {
        assertThat(find("nl", "een gebouw werd geraakt")).isEmpty();
        assertThat(find("en", "a building was hit")).isEmpty();
    }

    @Test
    void numbersInsideWordsAndAgesAreNoAmounts() {
        assertThat(find("nl", "Een 38-jarige man is overleden.")).isEmpty();
        assertThat(find("nl", "De partij 50Plus deed mee.")).isEmpty();
        assertThat(find("nl", "Zoon Axel (13) werd mishandeld.")).isEmpty();
        assertThat(find("en", "a two-year-old child")).isEmpty();
    }
}
