package org.kroniek.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.kroniek.extract.testing.Docs;
import org.kroniek.extract.time.TimeStage;
import org.kroniek.pipeline.Document;
import org.kroniek.pipeline.Layers;
import org.kroniek.record.ClaimStatus;
import org.kroniek.record.Event;
import org.kroniek.record.EventType;
import org.junit.jupiter.api.Test;

class EventStageTest {
    private static List<Event> events(Document d) {
        new TimeStage().process(d);
        new EventStage().process(d);
        return d.list(Layers.EVENTS);
    }

    private static Event byType(List<Event> events, EventType type) {
        return events.stream().filter(e -> e.type() == type).findFirst().orElseThrow(() -> new AssertionError(type + " in " + events));
    }

    @Test
    void argumentsTimeAndClaimComeFromTheEarlierLayers() {
        Document d = Docs.of("nl", "2022-03", "Inmiddels zijn veel gebouwen in Mariupol beschadigd. "
                + "Woensdag zou een gebouw van het Rode Kruis zijn aangevallen, claimen Oekraïense autoriteiten.");
        Docs.entities(d, "e1:Mariupol:LOC:city", "e2:Rode Kruis:ORG");
        Docs.claim(d, "c1", "Woensdag zou een gebouw van het Rode Kruis zijn aangevallen", ClaimStatus.ALLEGED, ClaimStatus.UNVERIFIED);
        Event e = byType(events(d), EventType.ASSAULT);
        assertThat(e.location()).as("nearest place named before").isEqualTo("e1");
        assertThat(e.time()).isEqualTo("t1");
        assertThat(e.claims()).containsExactly("c1");
        assertThat(e.status()).containsExactlyInAnyOrder(ClaimStatus.ALLEGED, ClaimStatus.UNVERIFIED);
        assertThat(e.evidence().text()).contains("gebouw van het Rode Kruis");
    }

    @Test
    void actorBeforeAndRecipientAfterTheTrigger() {
        Document d = Docs.of("nl", "2022-03-30", "Poetin voerde een telefoongesprek met Macron.");
        Docs.entities(d, "e1:Poetin:PER", "e2:Macron:PER");
        Event e = byType(events(d), EventType.CONSULT);
        assertThat(e.actor()).isEqualTo("e1");
        assertThat(e.recipient()).isEqualTo("e2");
        assertThat(e.mode()).isEqualTo("phone");
    }

    @Test
    void passiveAgentIsTheActor() {
        Document d = Docs.of("nl", "2022-03-30", "Chernihiv werd gisteren gebombardeerd door Rusland.");
        Docs.entities(d, "e1:Chernihiv:LOC:city", "e2:Rusland:LOC:country");
        Event e = byType(events(d), EventType.ASSAULT);
        assertThat(e.actor()).isEqualTo("e2");
        assertThat(e.location()).isEqualTo("e1");
        assertThat(e.time()).isEqualTo("t1");
    }

    @Test
    void englishEventsWithModeFromTheClause() {
        Document d = Docs.of("en", "2022-03-30", "Russian forces attacked Kharkiv with drones on Tuesday.");
        Docs.entities(d, "e1:Kharkiv:LOC:city");
        Event e = byType(events(d), EventType.ASSAULT);
        assertThat(e.mode()).isEqualTo("drone");
        assertThat(e.location()).isEqualTo("e1");
        assertThat(e.time()).isNotNull();
    }

    @Test
    void worksWithoutEntitiesOrClaims() {
        Document d = Docs.of("nl", null, "Er vindt een hergroepering plaats.");
        Event e = byType(events(d), EventType.MOBILIZE);
        assertThat(e.location()).isNull();
        assertThat(e.status()).isEmpty();
        assertThat(e.claims()).isEmpty();
    }

    @Test
    void passiveSubjectIsTheRecipient() {
        Document d = Docs.of("nl", "2022-03", "Woensdag zou een gebouw van het Rode Kruis zijn aangevallen.");
        Docs.entities(d, "e2:Rode Kruis:ORG");
        Event e = byType(events(d), EventType.ASSAULT);
        assertThat(e.actor()).isNull();
        assertThat(e.recipient()).isEqualTo("e2");
        Document en = Docs.of("en", "2022-03-30", "Kharkiv was shelled by Russia.");
        Docs.entities(en, "e1:Kharkiv:LOC:city", "e2:Russia:LOC:country");
        Event s = byType(events(en), EventType.ASSAULT);
        assertThat(s.actor()).isEqualTo("e2");
        assertThat(s.recipient()).isEqualTo("e1");
    }

    @Test
    void aSourceIsNoPlace() {
        Document d = Docs.of("nl", "2022-03", "Volgens Moskou gaat de hergroepering door.");
        Docs.entities(d, "e1:Moskou:LOC:city");
        assertThat(byType(events(d), EventType.MOBILIZE).location()).isNull();
    }

    @Test
    void whoOccupiesDecidesTheType() {
        Document protest = Docs.of("nl", "2019-04-03", "De kolenterminal werd bezet door vijftig klimaatactivisten.");
        Event p = byType(events(protest), EventType.PROTEST);
        assertThat(p.mode()).isEqualTo("obstruct");
        Document war = Docs.of("nl", "2022-03-30", "Russische troepen hebben de kerncentrale bezet.");
        assertThat(byType(events(war), EventType.COERCE).mode()).isEqualTo("seize");
    }
}
