package org.kroniek.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordJsonTest {
    private static ArticleRecord sample() {
        String text = "Woensdag zou het Rode Kruis zijn aangevallen, claimen Oekraïense autoriteiten.";
        Entity rc = new Entity("e1", "Red Cross", EntityType.ORG, List.of("Rode Kruis"),
                List.of(TextSpan.of(text, 17, 27)), null, null);
        Claim c = new Claim("c1", new Speaker(null, "Oekraïense autoriteiten", SpeakerKind.GOVERNMENT, "UA"), null,
                "claimen", text.substring(0, 44), 0, 44, false, EnumSet.of(ClaimStatus.ALLEGED), null, List.of());
        Event v = new Event("v1", EventType.ASSAULT, "aerial", null, "e1", null, null,
                EnumSet.of(ClaimStatus.ALLEGED), false, false, List.of("c1"), TextSpan.of(text, 0, 44));
        Figure f = new Figure(FigureKind.KILLED, 5000L, 10000L, FigureUnit.PEOPLE, null, null, null, false,
                TextSpan.of(text, 0, 8));
        return new ArticleRecord("abc", Source.ofPath("x.txt"), null, "nl", new Published("2022-03", Precision.MONTH),
                text, List.of(new Paragraph(0, text.length(), false)), List.of(new Span(0, text.length())),
                List.of(rc), List.of(), List.of(c), List.of(v), List.of(f), List.of());
    }

    @Test
    void statusesAreWrittenInDeclarationOrderWhateverSetTheyCameIn() {
        Speaker speaker = new Speaker(null, "de burgemeester", SpeakerKind.PERSON, null);
        for (int i = 0; i < 20; i++) {
            java.util.Set<ClaimStatus> status = new java.util.HashSet<>(List.of(ClaimStatus.values()));
            Claim claim = new Claim("c1", speaker, null, "zegt", "tekst", 0, 5, false, status, null, null);
            assertThat(claim.status()).containsExactly(ClaimStatus.values());
        }
        assertThat(new Claim("c1", speaker, null, "zegt", "tekst", 0, 5, false,
                java.util.Set.of(ClaimStatus.CONFIRMED, ClaimStatus.UNVERIFIED, ClaimStatus.ASSERTED), null, null).status())
                .containsExactly(ClaimStatus.ASSERTED, ClaimStatus.UNVERIFIED, ClaimStatus.CONFIRMED);
    }

    @Test
    void writesTheContractsFieldNamesAndLabels() throws Exception {
        JsonNode json = RecordJson.mapper().readTree(RecordJson.toLine(sample()));
        assertThat(json.path("published").path("precision").asText()).isEqualTo("month");
        assertThat(json.path("claims").get(0).path("speaker").path("kind").asText()).isEqualTo("government");
        assertThat(json.path("claims").get(0).path("status").get(0).asText()).isEqualTo("alleged");
        assertThat(json.path("events").get(0).path("type").asText()).isEqualTo("ASSAULT");
        assertThat(json.path("figures").get(0).path("unit").asText()).isEqualTo("people");
        assertThat(json.path("entities").get(0).path("mentions").get(0).path("text").asText()).isEqualTo("Rode Kruis");
        assertThat(json.has("problems")).isFalse();
        for (String field : List.of("id", "source", "language", "published", "text", "paragraphs", "sentences",
                "entities", "times", "claims", "events", "figures")) {
            assertThat(json.has(field)).as(field).isTrue();
        }
    }

    @Test
    void roundTrips() {
        ArticleRecord r = sample();
        assertThat(RecordJson.parse(RecordJson.toPrettyJson(r))).isEqualTo(r);
    }

    @Test
    void localAuthorityLabelHasAHyphen() {
        assertThat(SpeakerKind.LOCAL_AUTHORITY.label()).isEqualTo("local-authority");
        assertThat(SpeakerKind.of("international-org")).isEqualTo(SpeakerKind.INTERNATIONAL_ORG);
    }
}
