package org.kroniek.kb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetonymyTest {
    private final Metonymy metonymy = new Metonymy();

    private boolean agent(String text, String name) {
        int i = text.indexOf(name);
        return metonymy.isAgent(text, i, i + name.length());
    }

    @Test
    void subjectOfASpeechOrActionVerb() {
        assertThat(agent("Moskou ontkent alle betrokkenheid.", "Moskou")).isTrue();
        assertThat(agent("Washington warned of new sanctions.", "Washington")).isTrue();
        assertThat(agent("Kyiv heeft woensdag gemeld dat het rustig is.", "Kyiv")).isTrue();
    }

    @Test
    void invertedSpeakerAndSourcePrepositions() {
        assertThat(agent("Dat is onzin, beweert Kyiv.", "Kyiv")).isTrue();
        assertThat(agent("Dat was volgens Moskou te verantwoorden.", "Moskou")).isTrue();
        assertThat(agent("The plan failed, according to Moscow.", "Moscow")).isTrue();
    }

    @Test
    void placesWhereThingsHappenAreNoAgents() {
        assertThat(agent("Troepen rukken op naar Kyiv.", "Kyiv")).isFalse();
        assertThat(agent("In Moskou is het koud.", "Moskou")).isFalse();
        assertThat(agent("Kyiv, Kharkiv and Odesa were shelled.", "Kyiv")).isFalse();
        assertThat(agent("Ten slotte werden vanuit Moskou de verwachtingen getemperd.", "Moskou")).isFalse();
    }
}
