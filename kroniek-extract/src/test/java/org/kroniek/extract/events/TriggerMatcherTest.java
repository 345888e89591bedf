package org.kroniek.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.kroniek.extract.support.SentenceTokens;
import org.kroniek.record.EventType;
import org.kroniek.record.Span;
import org.junit.jupiter.api.Test;

class TriggerMatcherTest {
    private static List<TriggerMatch> find(String language, String text) {
        return new TriggerMatcher(TriggerLexicon.of(language)).find(SentenceTokens.tokenize(text, new Span(0, text.length())));
    }

    private static TriggerMatch only(String language, String text) {
        List<TriggerMatch> found = find(language, text);
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }

    @Test
    void nominalAndVerbalTriggers() {
        assertThat(only("nl", "De bombardementen gingen door.").type()).isEqualTo(EventType.ASSAULT);
        assertThat(only("nl", "De bombardementen gingen door.").mode()).isEqualTo("aerial");
        assertThat(only("nl", "Chernihiv werd gebombardeerd.").type()).isEqualTo(EventType.ASSAULT);
        assertThat(only("en", "The city was shelled overnight.").mode()).isEqualTo("heavy-weapons");
    }

    @Test
    void compoundsTakeTheTypeOfTheirLastPartAndTheModeOfTheirFirst() {
        TriggerMatch raket = only("nl", "Een raketaanval trof de stad.");
        assertThat(raket.type()).isEqualTo(EventType.ASSAULT);
        assertThat(raket.mode()).isEqualTo("heavy-weapons");
        assertThat(only("nl", "De vredesonderhandelingen lopen.").type()).isEqualTo(EventType.CONSULT);
        assertThat(only("nl", "De droneaanvallen namen toe.").mode()).isEqualTo("drone");
        assertThat(only("nl", "Hij deed een overgave-eis.").type()).isEqualTo(EventType.REQUEST);
    }

    @Test
    void compoundsNeedAFlaggedHead() {
        assertThat(find("nl", "Hij maakte een lange reis.")).isEmpty();
    }

    @Test
    void separableVerbsFindTheirParticle() {
        TriggerMatch m = only("nl", "Rusland viel gisteren de stad aan.");
        assertThat(m.type()).isEqualTo(EventType.ASSAULT);
        assertThat(m.last()).isGreaterThan(m.first());
        assertThat(only("nl", "De troepen trokken zich terug.").type()).isEqualTo(EventType.RETREAT);
    }

    @Test
    void severalWordTriggers() {
        TriggerMatch m = only("nl", "De belofte om de inzet af te schalen.");
        assertThat(m.type()).isEqualTo(EventType.RETREAT);
        assertThat(only("en", "They held peace talks.").type()).isEqualTo(EventType.CONSULT);
    }
}
