package org.kroniek.extract.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberParserTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "vijfduizend|5000", "tweeënhalf|2.5", "tweeenhalf|2.5", "1,5 miljoen|1500000", "1.500|1500",
            "10.000|10000", "vijfentwintig|25", "zevenentwintig|27", "honderdvijftig|150",
            "tweehonderdduizend|200000", "tienduizend|10000", "anderhalf|1.5", "anderhalve|1.5", "zeventien|17",
            "twee miljoen|2000000", "een miljoen|1000000", "drieduizend vijfhonderd|3500", "vijftig|50",
            "tientallen|10", "honderden|100", "duizenden|1000", "tienduizenden|10000", "1,5|1.5"})
    void parsesDutch(String phrase, double value) {
        assertThat(NumberParser.of("nl").parse(phrase)).hasValueSatisfying(v -> assertThat(v.value()).isEqualTo(value));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "twenty-five|25", "3.5 million|3500000", "1,500|1500", "five thousand|5000",
            "one hundred and fifty|150", "a hundred|100", "twenty five|25", "dozens|12", "tens|10",
            "hundreds|100", "tens of thousands|10000", "hundreds of thousands|100000", "2.5|2.5", "17|17"})
    void parsesEnglish(String phrase, double value) {
        assertThat(NumberParser.of("en").parse(phrase)).hasValueSatisfying(v -> assertThat(v.value()).isEqualTo(value));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"nl|huis", "nl|5 en 10", "nl|duizendpoot", "en|house", "en|5 10", "nl|tenten"})
    void rejectsNonNumbers(String language, String phrase) {
        assertThat(NumberParser.of(language).parse(phrase)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"tientallen", "honderden"})
    void vagueAmountsAreMarked(String phrase) {
        assertThat(NumberParser.of("nl").parse(phrase).orElseThrow().vague()).isTrue();
    }
}
