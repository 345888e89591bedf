package org.kroniek.nlp.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kroniek.pipeline.Token;

class RuleTokenizerTest {
    private static List<String> words(String language, String text) {
        List<Token> tokens = RuleTokenizer.forLanguage(language).tokenize(text);
        for (Token t : tokens) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
        return tokens.stream().map(Token::text).toList();
    }

    @Test
    void dutchPunctuationAbbreviationsAndNumbers() {
        assertThat(words("nl", "Dhr. Jansen zag o.a. 5.000 soldaten (3,5%), zei hij."))
                .containsExactly("Dhr.", "Jansen", "zag", "o.a.", "5.000", "soldaten", "(", "3,5%", ")", ",", "zei", "hij", ".");
    }

    @Test
    void hyphenatedCompoundsStayWholeAsInConll() {
        assertThat(words("nl", "Kremlin-woordvoerder Peskov over NAVO-lidmaatschap en Oost-Oekraïne."))
                .containsExactly("Kremlin-woordvoerder", "Peskov", "over", "NAVO-lidmaatschap", "en", "Oost-Oekraïne", ".");
    }

    @Test
    void hyphenPartsHaveExactOffsets() {
        assertThat(RuleTokenizer.hyphenParts("NAVO-lidmaatschap")).containsExactly(new int[] {0, 4}, new int[] {5, 17});
        assertThat(RuleTokenizer.hyphenParts("-5")).hasSize(1);
    }

    @Test
    void dutchApostropheS() {
        assertThat(words("nl", "'s Avonds ging hij naar 's-Hertogenbosch met z'n auto's."))
                .containsExactly("'s", "Avonds", "ging", "hij", "naar", "'s-Hertogenbosch", "met", "z'n", "auto's", ".");
    }

    @Test
    void englishClitics() {
        assertThat(words("en", "Russia's army doesn't say they're \"winning\"."))
                .containsExactly("Russia", "'s", "army", "does", "n't", "say", "they", "'re", "\"", "winning", "\"", ".");
    }

    @Test
    void englishAbbreviationsKeepTheirPeriod() {
        assertThat(words("en", "The U.S. and Mr. Biden met in St. Petersburg..."))
                .containsExactly("The", "U.S.", "and", "Mr.", "Biden", "met", "in", "St.", "Petersburg", "...");
    }

    @Test
    void curlyQuotesAndDomains() {
        assertThat(words("nl", "„Iets veelbelovends”, zegt NU.nl.")).containsExactly("„", "Iets", "veelbelovends", "”", ",", "zegt", "NU.nl", ".");
    }

    @Test
    void offsetsAreRelativeToTheWholeText() {
        List<Token> tokens = RuleTokenizer.forLanguage("nl").tokenize("xx Hallo daar. yy", 3, 14);
        assertThat(tokens).extracting(Token::start).containsExactly(3, 9, 13);
    }
}
