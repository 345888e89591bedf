package org.kroniek.extract.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kroniek.record.ClaimStatus;

class ClaimLexiconTest {
    @Test
    void bothLanguagesHaveEveryCueFamily() {
        for (String lang : new String[] {"nl", "en"}) {
            Set<CueFamily> families = ClaimLexicon.forLanguage(lang).cues().stream().map(Cue::family)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(CueFamily.class)));
            assertThat(families).as(lang).contains(CueFamily.REPORTING_VERB, CueFamily.RELAY, CueFamily.ACCORDING_TO,
                    CueFamily.REPORTATIVE, CueFamily.UNVERIFIED, CueFamily.DISPUTE, CueFamily.DENY, CueFamily.CONFIRM,
                    CueFamily.HEDGE, CueFamily.REPEAT);
        }
    }

    @Test
    void cueStatusesComeFromTheFile() {
        Cue claimen = ClaimLexicon.forLanguage("nl").cues().stream().filter(c -> c.words().equals(java.util.List.of("claimen")))
                .findFirst().orElseThrow();
        assertThat(claimen.status()).containsExactly(ClaimStatus.ALLEGED);
        assertThat(claimen.lemma()).isEqualTo("claimen");
    }

    @Test
    void loadedOnceAndImmutable() {
        ClaimLexicon nl = ClaimLexicon.forLanguage("nl");
        assertThat(ClaimLexicon.forLanguage("nl")).isSameAs(nl);
        assertThat(ClaimLexicon.forLanguage("und")).isSameAs(nl);
        assertThatThrownBy(() -> nl.cues().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void countriesAndSpeakers() {
        ClaimLexicon nl = ClaimLexicon.forLanguage("nl");
        assertThat(nl.country("Russische")).isEqualTo("RU");
        assertThat(nl.country("Amerikaanse")).isEqualTo("US");
        assertThat(nl.is("hij", "pronoun")).isTrue();
        assertThat(nl.is("laatstgenoemde", "latter")).isTrue();
    }

    @Test
    void unknownFamilyLabelIsRejectedByName() {
        assertThatThrownBy(() -> CueFamily.of("rumour")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RUMOUR");
    }
}
