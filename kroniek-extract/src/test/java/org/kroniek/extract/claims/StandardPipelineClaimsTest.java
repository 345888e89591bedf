package org.kroniek.extract.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kroniek.extract.StandardPipeline;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.Claim;
import org.kroniek.record.Entity;
import org.kroniek.record.SpeakerKind;
import org.kroniek.record.Source;
import org.kroniek.text.Article;
import org.kroniek.text.Block;

/** Claims with the whole chain in front: tokens, names and resolved entities. */
class StandardPipelineClaimsTest {
    private static ArticleRecord run(String text) {
        return StandardPipeline.create().process(Article.of(Source.ofPath("t"), null, null, "nl", List.of(Block.paragraph(text))));
    }

    @Test
    void metonymicSpeakerGetsTheGovernmentEntity() {
        ArticleRecord r = run("Er zouden nieuwe aanvallen op komst zijn, beweert Kyiv.");
        Claim c = Claims.with(r.claims(), "nieuwe aanvallen");
        assertThat(c.speaker().kind()).isEqualTo(SpeakerKind.GOVERNMENT);
        assertThat(c.speaker().country()).isEqualTo("UA");
        assertThat(c.speaker().entity()).isNotNull();
        Entity e = r.entities().stream().filter(x -> x.id().equals(c.speaker().entity())).findFirst().orElseThrow();
        assertThat(e.country()).isEqualTo("UA");
    }

    @Test
    void viaIsTheEntityOfTheRelayingAgency() {
        ArticleRecord r = run("Het Russische ministerie van Defensie meldde een succes. "
                + "\"De troepen worden verplaatst\", citeert persbureau Ria Novosti een woordvoerder van het ministerie.");
        Claim c = Claims.with(r.claims(), "De troepen worden verplaatst");
        assertThat(c.via()).isNotNull();
        assertThat(r.entities().stream().anyMatch(e -> e.id().equals(c.via()) || c.via().contains("Novosti"))).isTrue();
        assertThat(c.speaker().country()).isEqualTo("RU");
    }
}
