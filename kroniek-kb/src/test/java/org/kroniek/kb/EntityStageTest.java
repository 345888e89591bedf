package org.kroniek.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kroniek.pipeline.Document;
import org.kroniek.pipeline.Layers;
import org.kroniek.pipeline.Mention;
import org.kroniek.pipeline.SentenceStage;
import org.kroniek.record.Entity;
import org.kroniek.record.EntityType;
import org.kroniek.record.Source;
import org.kroniek.record.TextSpan;
import org.kroniek.text.Article;
import org.kroniek.text.SentenceSplitter;

class EntityStageTest {
    private static final KnowledgeBase KB = KnowledgeBase.standard();
    private final GazetteerStage gazetteer = new GazetteerStage(new GazetteerTagger(KB));
    private final EntityStage stage = EntityStage.standard();

    private Document run(String text, String lang, Mention... modelMentions) {
        Document doc = new Document(new Article(Source.ofPath(null), null, null, lang, text, List.of()));
        new SentenceStage(SentenceSplitter.standard()).process(doc);
        doc.put(Layers.MENTIONS, List.of(modelMentions));
        gazetteer.process(doc);
        stage.process(doc);
        return doc;
    }

    private static Entity entity(Document doc, String id) {
        return doc.require(Layers.ENTITIES).stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in " + doc.require(Layers.ENTITIES)));
    }

    private static Mention model(String text, String surface, EntityType type) {
        int i = text.indexOf(surface);
        return new Mention(i, i + surface.length(), surface, type, 0.9, "model");
    }

    @Test
    void laterSurnameJoinsTheFullName() {
        Document doc = run("De Russische president Vladimir Poetin eiste overgave. Later zei Poetin dat hij wacht.", "nl");
        Entity putin = entity(doc, "PER:vladimir-putin");
        assertThat(putin.name()).isEqualTo("Vladimir Putin");
        assertThat(putin.aliases()).containsExactly("Vladimir Poetin", "Poetin");
        assertThat(putin.mentions()).hasSize(2);
        assertThat(putin.country()).isEqualTo("RU");
    }

    @Test
    void unknownPersonsCoreferByTheirSurnameAndTakeTheStatedCountry() {
        String text = "De Oekraïense burgemeester Ivan Fedorov werd ontvoerd. Fedorov is vrij.";
        Document doc = run(text, "nl", model(text, "Ivan Fedorov", EntityType.PER),
                new Mention(text.lastIndexOf("Fedorov"), text.lastIndexOf("Fedorov") + 7, "Fedorov", EntityType.PER, 0.8, "model"));
        Entity fedorov = entity(doc, "PER:ivan-fedorov");
        assertThat(fedorov.mentions()).hasSize(2);
        assertThat(fedorov.country()).isEqualTo("UA");
    }

    @Test
    void gazetteerTypeWinsForKnownEntries() {
        String text = "Het Kremlin reageerde niet.";
        Document doc = run(text, "nl", model(text, "Kremlin", EntityType.LOC));
        Entity kremlin = entity(doc, "ORG:kremlin");
        assertThat(kremlin.type()).isEqualTo(EntityType.ORG);
        assertThat(kremlin.country()).isEqualTo("RU");
    }

    @Test
    void longerModelSpanWinsOverAShorterGazetteerMatch() {
        String text = "Hij sprak met Vladimir Kovalenko uit Mariupol.";
        Document doc = run(text, "nl", model(text, "Vladimir Kovalenko", EntityType.PER));
        assertThat(doc.require(Layers.ENTITIES)).extracting(Entity::name).containsExactly("Vladimir Kovalenko", "Mariupol");
    }

    @Test
    void exonymsOfOnePlaceAreOneEntity() {
        Document doc = run("Kiev of Kyiv: de hoofdstad Kyiv heette vroeger Kiev.", "nl");
        Entity kyiv = entity(doc, "LOC:kyiv");
        assertThat(kyiv.mentions()).hasSize(4);
        assertThat(kyiv.place().country()).isEqualTo("UA");
        assertThat(kyiv.place().precision()).isEqualTo(1);
        assertThat(kyiv.place().geonames()).isEqualTo(703448L);
    }

    @Test
    void placeNamesThatSpeakStandForTheirGovernment() {
        Document doc = run("Er is nog geen sprake van terugtrekking, beweert Kyiv. Volgens Moskou is dat onzin.", "nl");
        EntityFacts facts = doc.require(KbLayers.FACTS);
        assertThat(facts.standsFor("LOC:kyiv")).contains("ORG:government-of-ukraine");
        assertThat(facts.standsFor("LOC:moscow")).contains("ORG:government-of-russia");
        assertThat(entity(doc, "LOC:kyiv").type()).isEqualTo(EntityType.LOC);
        assertThat(entity(doc, "ORG:government-of-ukraine").country()).isEqualTo("UA");
        assertThat(facts.kindOf("ORG:government-of-ukraine")).contains("government");
    }

    @Test
    void placesThatOnlyAreWhereThingsHappenStandForNothing() {
        Document doc = run("Troepen trokken door Kyiv en Moskou naar het zuiden.", "nl");
        assertThat(doc.require(KbLayers.FACTS).standsFor()).isEmpty();
    }

    @Test
    void theKremlinAlwaysStandsForTheRussianGovernment() {
        Document doc = run("Het Kremlin lijkt dat te bevestigen.", "nl");
        assertThat(doc.require(KbLayers.FACTS).standsFor("ORG:kremlin")).contains("ORG:government-of-russia");
    }

    @Test
    void kindsForSpeakers() {
        Document doc = run("Dat meldt persbureau Ria Novosti, citeert het Russische ministerie van Defensie.", "nl");
        EntityFacts facts = doc.require(KbLayers.FACTS);
        assertThat(facts.kindOf("ORG:ria-novosti")).contains("media");
        assertThat(facts.kindOf("ORG:ministry-of-defence-of-russia")).contains("military");
    }

    @Test
    void englishTitlesBetweenAdjectiveAndNameKeepTheStatedCountry() {
        String text = "Ukrainian Mayor Ivan Fedorov was freed.";
        Document doc = run(text, "en", model(text, "Ivan Fedorov", EntityType.PER));
        assertThat(entity(doc, "PER:ivan-fedorov").country()).isEqualTo("UA");
    }

    @Test
    void modelSpansAreCutAtPunctuationAndLoseLeadingTitles() {
        String text = "Steun uit de VS. Maduro reageerde. Kamerlid Sietse Fritsma en de Universiteit van Bern ook.";
        Document doc = run(text, "nl", model(text, "VS. Maduro", EntityType.PER),
                model(text, "Kamerlid Sietse Fritsma", EntityType.PER), model(text, "de Universiteit van Bern", EntityType.ORG));
        assertThat(doc.require(Layers.ENTITIES)).extracting(Entity::name)
                .contains("United States", "Maduro", "Sietse Fritsma", "Universiteit van Bern")
                .doesNotContain("VS. Maduro", "Kamerlid Sietse Fritsma");
    }

    @Test
    void modelSpansRunningKnownNamesTogetherAreCut() {
        String text = "Secretary of the Security Council Dmitry Medvedev met President of Russia Vladimir Putin at Moscow State University.";
        Document doc = run(text, "en", model(text, "Security Council Dmitry Medvedev", EntityType.ORG),
                model(text, "Russia Vladimir Putin", EntityType.LOC), model(text, "Moscow State University", EntityType.ORG));
        assertThat(doc.require(Layers.ENTITIES)).extracting(Entity::name)
                .contains("Security Council", "Dmitry Medvedev", "Russia", "Vladimir Putin", "Moscow State University")
                .doesNotContain("Moscow");
    }

    @Test
    void aPossessiveLeftOverFromACutSpanIsNoName() {
        String text = "Uitbreiding was vooral een eis van Netanyahu's coalitiepartners.";
        Document doc = run(text, "nl", model(text, "Netanyahu's", EntityType.MISC));
        assertThat(doc.require(Layers.ENTITIES)).extracting(Entity::name)
                .containsExactly("Benjamin Netanyahu");
    }

    @Test
    void modelMentionsOfCommonWordsAreDropped() {
        String text = "Het is koud in Kyiv.";
        Document doc = run(text, "nl", model(text, "Het", EntityType.MISC));
        assertThat(doc.require(Layers.ENTITIES)).extracting(Entity::name).containsExactly("Kyiv");
    }

    @Test
    void sharedStageGivesTheSameResultOnManyThreads() throws Exception {
        String text = "De Russische president Vladimir Poetin sprak met Emmanuel Macron over Mariupol, meldt het Kremlin.";
        List<Entity> expected = run(text, "nl").require(Layers.ENTITIES);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<Entity>>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> run(text, "nl").require(Layers.ENTITIES)));
            }
            for (java.util.concurrent.Future<List<Entity>> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void localAuthoritiesBelongToTheirTown() {
        Document doc = run("In Mariupol is veel verwoest. Volgens het stadsbestuur zijn er doden gevallen. "
                + "The city council of Kharkiv disagreed.", "nl");
        Entity mariupol = entity(doc, "ORG:mariupol-city-council");
        assertThat(mariupol.country()).isEqualTo("UA");
        assertThat(mariupol.mentions()).extracting(TextSpan::text).containsExactly("stadsbestuur");
        assertThat(entity(doc, "ORG:kharkiv-city-council").mentions()).hasSize(1);
        assertThat(doc.require(KbLayers.FACTS).kindOf("ORG:mariupol-city-council")).contains("local-authority");
        assertThat(run("Het stadsbestuur vergadert.", "nl").require(Layers.ENTITIES)).isEmpty();
    }

    @Test
    void emptyTextGivesNoEntities() {
        Document doc = run("", "nl");
        assertThat(doc.require(Layers.ENTITIES)).isEmpty();
        assertThat(new ArrayList<>(doc.require(KbLayers.FACTS).kinds().keySet())).isEmpty();
    }
}
