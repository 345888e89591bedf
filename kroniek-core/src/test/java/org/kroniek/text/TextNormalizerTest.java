package org.kroniek.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.kroniek.record.Paragraph;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    @Test
    void collapsesWhiteSpaceWithinAParagraph() {
        assertThat(TextNormalizer.normalizeInline("  Kyiv \t en\n Chernihiv  ")).isEqualTo("Kyiv en Chernihiv");
    }

    @Test
    void composesToNfc() {
        String decomposed = "Oekrai\u0308ne";
        assertThat(TextNormalizer.normalizeInline(decomposed)).isEqualTo("Oekraïne");
    }

    @Test
    void keepsTypographicQuotes() {
        assertThat(TextNormalizer.normalizeInline("„Er is” ‘niets’")).isEqualTo("„Er is” ‘niets’");
    }

    @Test
    void dropsInvisibleAndControlCharacters() {
        assertThat(TextNormalizer.normalizeInline("Ma\u200Briu\u00ADpol\u0000")).isEqualTo("Mariupol");
    }

    @Test
    void paragraphOffsetsSliceTheText() {
        NormalizedText n = TextNormalizer.normalize(List.of(
                Block.paragraph(" Eerste  alinea. "), Block.heading("Kop"), Block.paragraph("   "),
                Block.paragraph("Tweede\nalinea.")));
        assertThat(n.text()).isEqualTo("Eerste alinea.\n\nKop\n\nTweede alinea.");
        assertThat(n.paragraphs()).containsExactly(
                new Paragraph(0, 14, false), new Paragraph(16, 19, true), new Paragraph(21, 35, false));
        for (Paragraph p : n.paragraphs()) {
            assertThat(n.text().substring(p.start(), p.end())).isEqualTo(n.text().substring(p.start(), p.end()).strip());
        }
    }

    @Test
    void keepsEmojiAndOtherSurrogatePairs() {
        assertThat(TextNormalizer.normalizeInline("Kyiv 🇺🇦 vandaag")).isEqualTo("Kyiv 🇺🇦 vandaag");
    }
}
