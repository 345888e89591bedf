package org.kroniek.kb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemonymTest {
    private final KnowledgeBase kb = KnowledgeBase.standard();

    @Test
    void adjectivesInFourLanguagesWithInflections() {
        assertThat(kb.countryOfAdjective("Russische")).contains("RU");
        assertThat(kb.countryOfAdjective("Russisch")).contains("RU");
        assertThat(kb.countryOfAdjective("Amerikaanse")).contains("US");
        assertThat(kb.countryOfAdjective("Oekraïense")).contains("UA");
        assertThat(kb.countryOfAdjective("Franse")).contains("FR");
        assertThat(kb.countryOfAdjective("French")).contains("FR");
        assertThat(kb.countryOfAdjective("russischen")).contains("RU");
        assertThat(kb.countryOfAdjective("françaises")).contains("FR");
        assertThat(kb.countryOfAdjective("Chinese")).contains("CN");
        assertThat(kb.countryOfAdjective("Wit-Russische")).contains("BY");
        assertThat(kb.countryOfAdjective("Nederlandse")).contains("NL");
        assertThat(kb.countryOfAdjective("president")).isEmpty();
    }

    @Test
    void peopleNouns() {
        assertThat(kb.countryOfDemonym("Russen")).contains("RU");
        assertThat(kb.countryOfDemonym("Oekraïners")).contains("UA");
        assertThat(kb.countryOfDemonym("Americans")).contains("US");
        assertThat(kb.countryOfDemonym("Polen")).as("Polen is the country in Dutch").isEmpty();
    }

    @Test
    void dutchInflectionDropsADoubledVowel() {
        assertThat(DemonymForms.of("Chinees", "nl")).containsExactly("Chinees", "Chinese");
        assertThat(DemonymForms.of("Russisch", "nl")).containsExactly("Russisch", "Russische");
        assertThat(DemonymForms.of("Portugees", "nl")).contains("Portugese");
        assertThat(DemonymForms.of("ukrainien", "fr")).contains("ukrainienne", "ukrainiennes");
        assertThat(DemonymForms.of("American", "en")).containsExactly("American");
    }
}
