package org.kroniek.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kroniek.pipeline.Mention;
import org.kroniek.record.EntityType;

class GazetteerTaggerTest {
    private final GazetteerTagger tagger = new GazetteerTagger(KnowledgeBase.standard());

    private List<Mention> tag(String text) {
        return tagger.tag(text, List.of());
    }

    @Test
    void findsNamesInsideHyphenatedCompounds() {
        assertThat(tag("De Kremlin-woordvoerder sprak over het NAVO-lidmaatschap."))
                .extracting(Mention::text, Mention::type)
                .containsExactly(tuple("Kremlin", EntityType.ORG), tuple("NAVO", EntityType.ORG));
    }

    @Test
    void prefersTheWholeCompoundWhenItIsAName() {
        assertThat(tag("Het offensief in Oost-Oekraïne gaat door."))
                .extracting(Mention::text, Mention::type).containsExactly(tuple("Oost-Oekraïne", EntityType.LOC));
    }

    @Test
    void longestMatchWins() {
        assertThat(tag("De Russische president Vladimir Poetin en persbureau Ria Novosti."))
                .extracting(Mention::text)
                .containsExactly("Russische", "Vladimir Poetin", "Ria Novosti");
    }

    @Test
    void stateBodiesWithTheirCountryAdjective() {
        List<Mention> ms = tag("Volgens het Oekraïense ministerie van Defensie en de Russian Defence Ministry niet.");
        assertThat(ms).extracting(Mention::text).containsExactly("Oekraïense ministerie van Defensie", "Russian Defence Ministry");
        assertThat(ms).allMatch(m -> m.type() == EntityType.ORG && GazetteerTagger.ORIGIN.equals(m.origin()));
    }

    @Test
    void commonNounPhrasesOfStateBodiesAreNotTagged() {
        assertThat(tag("de terugtrekking van Russische troepen")).extracting(Mention::text).containsExactly("Russische");
    }

    @Test
    void spansAreExactOffsets() {
        String text = "Troepen rond Kyiv en Chernihiv.";
        for (Mention m : tag(text)) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
    }

    @Test
    void lowerCaseOpenersOfRegionsAndSites() {
        assertThat(tag("Gevechten in het oosten van Oekraïne en in de oblast Donetsk, bij de kerncentrale van Zaporizja."))
                .extracting(Mention::text)
                .containsExactly("oosten van Oekraïne", "oblast Donetsk", "kerncentrale van Zaporizja");
        assertThat(tag("de oblast is groot")).isEmpty();
    }

    @Test
    void shortNamesOfOrganisationsOnlyAsAcronyms() {
        assertThat(tag("De VVD en D66 stemden tegen; de G7 ook.")).extracting(Mention::text).containsExactly("VVD", "D66", "G7");
        assertThat(tag("Ad zei het al.")).isEmpty();
    }

    @Test
    void possessivesAndGenitivesLeaveTheName() {
        assertThat(tag("Russia's invasion and Putin’s speech in Kharkivs'ka oblast"))
                .extracting(Mention::text).containsExactly("Russia", "Putin");
        assertThat(tag("Een van Poetins woordvoerders.")).extracting(Mention::text).containsExactly("Poetin");
        assertThat(tag("Een prijs voor Heinekens.")).isEmpty();
    }

    @Test
    void skipsCommonWordsAndLowerCase() {
        assertThat(tag("Daar werd geen gehoor aan gegeven. Alleen dan zullen ze stoppen.")).isEmpty();
        assertThat(tag("de grote steden")).isEmpty();
    }

    @Test
    void smallPlaceThatIsPartOfAPersonNameIsNoPlace() {
        assertThat(tag("Gisteren sprak Vladimir Kovalenko met ons.")).extracting(Mention::text).doesNotContain("Vladimir");
    }
}
