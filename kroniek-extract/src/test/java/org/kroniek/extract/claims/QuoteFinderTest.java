package org.kroniek.extract.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kroniek.record.Paragraph;
import org.kroniek.record.Span;

class QuoteFinderTest {
    private static List<String> quotes(String text) {
        return QuoteFinder.find(text, List.of(new Paragraph(0, text.length(), false))).stream()
                .map((Span s) -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void everyStyle() {
        assertThat(quotes("a „een” b “twee” c \"drie\" d «vier» e ‘vijf’ f ,,zes'' g 'zeven' h"))
                .containsExactly("een", "twee", "drie", "vier", "vijf", "zes", "zeven");
    }

    @Test
    void apostrophesAreNoQuotes() {
        assertThat(quotes("Zo'n auto van Howick's vader, rock 'n roll.")).isEmpty();
    }

    @Test
    void quoteRunsOverSentencesButNotParagraphs() {
        String text = "\"Een. Twee.\" Drie \"open";
        assertThat(quotes(text)).containsExactly("Een. Twee.");
    }
}
