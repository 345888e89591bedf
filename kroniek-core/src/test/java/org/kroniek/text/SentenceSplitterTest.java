package org.kroniek.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kroniek.record.Paragraph;
import org.kroniek.record.Span;

class SentenceSplitterTest {
    private static List<String> split(String text) {
        List<Span> spans = SentenceSplitter.standard().split(text, List.of(new Paragraph(0, text.length(), false)));
        return spans.stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void runsWithoutBoundaryAreCutAtWhiteSpace() {
        List<String> parts = split("woord ".repeat(1_000).strip());
        assertThat(parts).hasSizeGreaterThan(2).allSatisfy(p -> assertThat(p.length())
                .isLessThanOrEqualTo(SentenceSplitter.MAX_SENTENCE_CHARS + 6));
        assertThat(String.join(" ", parts)).isEqualTo("woord ".repeat(1_000).strip());
    }

    @Test
    void runsWithoutWhiteSpaceAreCutAnyway() {
        String text = "ab,".repeat(10_000);
        List<String> parts = split(text);
        assertThat(parts).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(SentenceSplitter.HARD_MAX_SENTENCE_CHARS));
        assertThat(String.join("", parts)).isEqualTo(text);
    }

    @Test
    void dutchAbbreviationsDoNotEndSentences() {
        assertThat(split("Er waren o.a. soldaten. Dhr. Jansen sprak met mr. De Vries over blz. 5 van het rapport."))
                .containsExactly("Er waren o.a. soldaten.", "Dhr. Jansen sprak met mr. De Vries over blz. 5 van het rapport.");
    }

    @Test
    void englishAbbreviationsAndInitials() {
        assertThat(split("The U.S. Army and Mr. Smith met J. R. Doe. Then they left."))
                .containsExactly("The U.S. Army and Mr. Smith met J. R. Doe.", "Then they left.");
    }

    @Test
    void numbersWithPeriodsAndCommasStayInside() {
        assertThat(split("Er vielen 5.000 doden en 3,5 miljoen vluchtelingen. Daarna volgde meer."))
                .containsExactly("Er vielen 5.000 doden en 3,5 miljoen vluchtelingen.", "Daarna volgde meer.");
    }

    @Test
    void closingQuoteBelongsToTheSentenceItEnds() {
        assertThat(split("\"Er vindt een hergroepering plaats.\" Dat zei Peskov. 'Nee!' Hij ging weg."))
                .containsExactly("\"Er vindt een hergroepering plaats.\"", "Dat zei Peskov.", "'Nee!'", "Hij ging weg.");
    }

    @Test
    void quoteFollowedByLowercaseContinuesTheSentence() {
        assertThat(split("\"Nee!\" zei hij. Toen ging hij.")).containsExactly("\"Nee!\" zei hij.", "Toen ging hij.");
    }

    @Test
    void unlistedLetterPeriodAbbreviationsAreKept() {
        assertThat(split("Hij komt a.s. Maandag terug.")).containsExactly("Hij komt a.s. Maandag terug.");
    }

    @Test
    void sentencesNeverCrossParagraphs() {
        String text = "Kop zonder punt\nTweede alinea. Nog een zin.";
        List<Span> spans = SentenceSplitter.standard().split(text, List.of(new Paragraph(0, 15, false), new Paragraph(16, text.length(), false)));
        assertThat(spans).containsExactly(new Span(0, 15), new Span(16, 30), new Span(31, text.length()));
    }

    @Test
    void knowsAbbreviationsCaseInsensitively() {
        assertThat(SentenceSplitter.standard().isAbbreviation("Dhr")).isTrue();
        assertThat(SentenceSplitter.standard().isAbbreviation("u.s")).isTrue();
        assertThat(SentenceSplitter.standard().isAbbreviation("huis")).isFalse();
    }
}
