package org.kroniek.extract.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kroniek.pipeline.Document;
import org.kroniek.pipeline.Layers;
import org.kroniek.pipeline.SentenceStage;
import org.kroniek.record.Claim;
import org.kroniek.record.Entity;
import org.kroniek.record.EntityType;
import org.kroniek.record.Source;
import org.kroniek.record.TextSpan;
import org.kroniek.text.Article;
import org.kroniek.text.Block;
import org.kroniek.text.SentenceSplitter;

/** "hij"/"he" and "zij"/"she" take the nearest person of their gender, not just the nearest person. */
class PronounGenderTest {
    @Test
    void dutchHijSkipsTheWifeNamedLast() {
        String text = "Piet Jansen zit vast in een kamp. Hij trouwde in 2015 met zijn vrouw Maria Bakker. "
                + "Bakker kreeg drie kinderen. Hij zegt dat hij spijt heeft van zijn keuze.";
        List<Claim> claims = claims("nl", text, "Piet Jansen", "Maria Bakker");
        Claim c = Claims.with(claims, "spijt heeft");
        assertThat(c.speaker().entity()).isEqualTo("PER:piet-jansen");
        assertThat(c.speaker().kind().label()).isEqualTo("person");
    }

    @Test
    void dutchSingularZeTakesTheWomanNotTheManNamedLast() {
        String text = "Maria Bakker woont in Londen. Ze werkt als lerares. Met haar man Piet Jansen kreeg ze drie kinderen. "
                + "Volgens Jansen is het huwelijk voorbij. Zelf ontkent ze dat het huwelijk voorbij is.";
        List<Claim> claims = claims("nl", text, "Maria Bakker", "Piet Jansen");
        Claim c = Claims.with(claims, "voorbij is");
        assertThat(c.speaker().entity()).isEqualTo("PER:maria-bakker");
    }

    @Test
    void dutchPluralZeStillTakesTheGroup() {
        String text = "De vakbonden zeggen dat de lonen omhoog moeten. Volgens hen is de staking nodig. "
                + "Ze zeggen ook dat de werkgevers niet luisteren.";
        Claim c = Claims.with(Claims.of("nl", text), "werkgevers niet luisteren");
        assertThat(c.speaker().text()).isEqualTo("De vakbonden");
    }

    @Test
    void dutchPluralZePrefersAGroupToAPersonNamedLater() {
        String text = "De vakbonden zeggen dat de lonen omhoog moeten. Minister Anna Smit reageerde niet. "
                + "Ze zeggen ook dat de werkgevers niet luisteren.";
        Claim c = Claims.with(claims("nl", text, "Anna Smit"), "werkgevers niet luisteren");
        assertThat(c.speaker().text()).isEqualTo("De vakbonden");
    }

    @Test
    void pluralZeTakesCoordinatedPersons() {
        String text = "De vakbonden zeggen dat de lonen omhoog moeten. Minister Anna Smit (VVD) en minister Piet Jansen gaven hen gelijk. "
                + "Maar zij zeggen ook dat er geen geld is.";
        Claim c = Claims.with(claims("nl", text, "Anna Smit", "Piet Jansen"), "geen geld is");
        assertThat(c.speaker().entity()).isEqualTo("PER:piet-jansen");
    }

    @Test
    void englishHeSkipsTheWomanNamedLast() {
        String text = "John Miller was arrested in May. He married his wife Sarah Cole in 2015. "
                + "Cole has three children. He said that he regrets his choice.";
        List<Claim> claims = claims("en", text, "John Miller", "Sarah Cole");
        assertThat(Claims.with(claims, "regrets his choice").speaker().entity()).isEqualTo("PER:john-miller");
    }

    @Test
    void englishSheSkipsTheManNamedLast() {
        String text = "Mrs. Sarah Cole lives in London. She met her husband John Miller in Syria. "
                + "Miller was arrested in May. She said that the marriage was a mistake.";
        List<Claim> claims = claims("en", text, "Sarah Cole", "John Miller");
        assertThat(Claims.with(claims, "marriage was a mistake").speaker().entity()).isEqualTo("PER:sarah-cole");
    }

    @Test
    void aBareSurnameIsThePersonEvenWhenTheTaggerMissedIt() {
        String text = "De Nederlandse strijder Yago R. wil terug naar Nederland. "
                + "\"We zouden in Holland moeten wonen,\" aldus R. tegen de BBC.";
        List<Claim> claims = claims("nl", text, "Yago R.");
        Claim c = Claims.with(claims, "Holland");
        assertThat(c.speaker().entity()).isEqualTo("PER:yago-r");
        assertThat(c.speaker().kind().label()).isEqualTo("person");
        assertThat(c.via()).contains("BBC");
    }

    @Test
    void aGroupNounIsAPersonSpeakerButNoAntecedentOfHij() {
        String text = "Piet Jansen en zijn vrouw Maria Bakker wonen in een kamp. Het tweetal zegt het kamp te willen verlaten. "
                + "Hij zegt dat hij terug wil.";
        List<Claim> claims = claims("nl", text, "Piet Jansen", "Maria Bakker");
        assertThat(Claims.with(claims, "kamp te willen verlaten").speaker().kind().label()).isEqualTo("person");
        assertThat(Claims.with(claims, "terug wil").speaker().entity()).isEqualTo("PER:piet-jansen");
    }

    /** Runs sentences and claims over {@code text} with the given full names as PER entities (every occurrence a mention). */
    private static List<Claim> claims(String language, String text, String... names) {
        Document doc = new Document(Article.of(Source.ofPath("test"), null, null, language, List.of(Block.paragraph(text))));
        new SentenceStage(SentenceSplitter.standard()).process(doc);
        List<Entity> entities = new ArrayList<>();
        for (String name : names) {
            List<TextSpan> mentions = new ArrayList<>();
            for (int at = doc.text().indexOf(name); at >= 0; at = doc.text().indexOf(name, at + 1)) {
                mentions.add(new TextSpan(at, at + name.length(), name));
            }
            String id = "PER:" + name.toLowerCase().replace(".", "").replace(' ', '-');
            entities.add(new Entity(id, name, EntityType.PER, List.of(), mentions, null, null));
        }
        doc.put(Layers.ENTITIES, List.copyOf(entities));
        new ClaimStage().process(doc);
        return doc.list(Layers.CLAIMS);
    }
}
