package org.kroniek.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.kroniek.record.EventType;
import org.junit.jupiter.api.Test;

class AcledMappingTest {
    private final AcledMapping acled = AcledMapping.standard();

    @Test
    void attacksByMode() {
        assertThat(acled.map(EventType.ASSAULT, "aerial")).contains(new AcledMapping.Acled("Explosions/Remote violence", "Air/drone strike"));
        assertThat(acled.map(EventType.ASSAULT, "heavy-weapons").orElseThrow().subEventType()).isEqualTo("Shelling/artillery/missile attack");
        assertThat(acled.map(EventType.ASSAULT, "firearms")).contains(new AcledMapping.Acled("Battles", "Armed clash"));
    }

    @Test
    void fallsBackToTheTypeRowAndOtherwiseHasNone() {
        assertThat(acled.map(EventType.PROTEST, null).orElseThrow().eventType()).isEqualTo("Protests");
        assertThat(acled.map(EventType.CONSULT, "phone")).isEmpty();
    }
}
