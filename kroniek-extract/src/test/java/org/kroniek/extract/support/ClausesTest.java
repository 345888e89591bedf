package org.kroniek.extract.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.kroniek.pipeline.Token;
import org.kroniek.record.Span;
import org.junit.jupiter.api.Test;

class ClausesTest {
    private static List<String> clauses(String text) {
        List<Token> tokens = SentenceTokens.tokenize(text, new Span(0, text.length()));
        return Clauses.of(tokens).stream()
                .map(c -> text.substring(tokens.get(c[0]).start(), tokens.get(c[1] - 1).end())).toList();
    }

    @Test
    void splitsAtCommasDashesAndQuotes() {
        assertThat(clauses("Woensdag zou een gebouw zijn aangevallen, claimen Oekraïense autoriteiten."))
                .containsExactly("Woensdag zou een gebouw zijn aangevallen", "claimen Oekraïense autoriteiten.");
        assertThat(clauses("de bombardementen in de havenstad - waar geen gebouw meer staat - stoppen."))
                .containsExactly("de bombardementen in de havenstad", "waar geen gebouw meer staat", "stoppen.");
    }

    @Test
    void keepsEnumerationsTogether() {
        assertThat(clauses("Ze stuitten op landmijnen, autobommen en zelfmoordaanslagen."))
                .containsExactly("Ze stuitten op landmijnen, autobommen en zelfmoordaanslagen.");
    }
}
