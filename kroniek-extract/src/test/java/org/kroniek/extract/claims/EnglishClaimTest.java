package org.kroniek.extract.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kroniek.record.Claim;
import org.kroniek.record.ClaimRelation;
import org.kroniek.record.ClaimStatus;
import org.kroniek.record.RelationType;
import org.kroniek.record.SpeakerKind;

class EnglishClaimTest {
    @Test
    void saidThat() {
        Claim c = Claims.with(Claims.of("en", "The Pentagon said on Wednesday that the convoy had stopped."), "the convoy had stopped");
        assertThat(c.speaker().text()).isEqualTo("The Pentagon");
        assertThat(c.speaker().kind()).isEqualTo(SpeakerKind.MILITARY);
        assertThat(c.status()).containsExactly(ClaimStatus.ASSERTED);
    }

    @Test
    void quoteThenSaidName() {
        Claim c = Claims.with(Claims.of("en", "\"We will rebuild the bridge,\" said Mayor Anna Smith."), "rebuild the bridge");
        assertThat(c.speaker().text()).isEqualTo("Mayor Anna Smith");
        assertThat(c.direct()).isTrue();
    }

    @Test
    void quoteThenPronounSaidResolvesToPerson() {
        List<Claim> claims = Claims.of("en", "Governor Tom Baker visited the site. \"The damage is enormous,\" he said.");
        Claim c = Claims.with(claims, "The damage is enormous");
        assertThat(c.speaker().text()).isEqualTo("Tom Baker");
        assertThat(c.speaker().kind()).isEqualTo(SpeakerKind.PERSON);
    }

    @Test
    void appositiveSubject() {
        Claim c = Claims.with(Claims.of("en", "John Doe, a spokesman for the agency, said the talks would resume."),
                "the talks would resume");
        assertThat(c.speaker().text()).isEqualTo("John Doe");
    }

    @Test
    void accordingToAfterTheContent() {
        Claim c = Claims.with(Claims.of("en", "Three schools were hit, according to Ukrainian officials."), "Three schools were hit");
        assertThat(c.speaker().country()).isEqualTo("UA");
        assertThat(c.speaker().kind()).isEqualTo(SpeakerKind.GOVERNMENT);
    }

    @Test
    void claimedAndReportedlyAreAlleged() {
        List<Claim> claims = Claims.of("en", "The rebels claimed that the airport was captured. "
                + "The commander reportedly fled the city.");
        assertThat(Claims.with(claims, "the airport was captured").status()).contains(ClaimStatus.ALLEGED);
        assertThat(Claims.with(claims, "fled the city").status()).contains(ClaimStatus.ALLEGED);
    }

    @Test
    void couldNotBeIndependentlyVerified() {
        List<Claim> claims = Claims.of("en", "Local officials said 20 people were killed. "
                + "The figure could not be independently verified.");
        assertThat(Claims.with(claims, "20 people were killed").status()).contains(ClaimStatus.UNVERIFIED);
    }

    @Test
    void deniedAndDisputed() {
        List<Claim> claims = Claims.of("en", "The ministry said that the strike hit a depot. "
                + "The mayor denied the claim.");
        Claim ministry = Claims.with(claims, "hit a depot");
        Claim mayor = Claims.with(claims, "denied");
        assertThat(mayor.status()).contains(ClaimStatus.DENIED);
        assertThat(mayor.relations()).contains(new ClaimRelation(RelationType.DENIES, ministry.id()));
        assertThat(ministry.status()).contains(ClaimStatus.DISPUTED);
    }

    @Test
    void appearsToConfirmIsConfirmedAndHedged() {
        Claim c = Claims.with(Claims.of("en", "The Kremlin appears to confirm that troops are moving east."), "troops are moving east");
        assertThat(c.status()).contains(ClaimStatus.CONFIRMED, ClaimStatus.HEDGED);
        assertThat(c.speaker().country()).isEqualTo("RU");
    }

    @Test
    void invertedSaidWithDescription() {
        Claim c = Claims.with(Claims.of("en", "The talks failed, said the French foreign minister."), "The talks failed");
        assertThat(c.speaker().text()).isEqualTo("the French foreign minister");
        assertThat(c.speaker().country()).isEqualTo("FR");
    }
    @Test
    void stanceVerbsIntroduceClaims() {
        Claim refused = Claims.with(Claims.of("en", "The senator refused to endorse the treaty."), "endorse the treaty");
        assertThat(refused.speaker().text()).isEqualTo("The senator");
        Claim calls = Claims.with(Claims.of("en", "The mayor calls for a new bridge over the river."), "a new bridge");
        assertThat(calls.speaker().text()).isEqualTo("The mayor");
        Claim sees = Claims.with(Claims.of("en", "The minister sees the fighting ending before the winter."), "ending before the winter");
        assertThat(sees.speaker().text()).isEqualTo("The minister");
    }

    @Test
    void phrasalStanceCues() {
        Claim c = Claims.with(Claims.of("en", "The general pointed to the rising number of attacks on convoys."), "rising number of attacks");
        assertThat(c.speaker().text()).isEqualTo("The general");
        assertThat(c.cue()).isEqualTo("pointed to");
    }
    @Test
    void surveyBeforeAFindingIsItsSource() {
        Claim c = Claims.with(Claims.of("en", "In the latest Quinnipiac poll, the governor leads by nine points."), "leads by nine points");
        assertThat(c.speaker().text()).isEqualTo("the latest Quinnipiac poll");
        assertThat(c.cue()).isEqualTo("In");
    }

    @Test
    void surveyAfterAFindingIsItsSource() {
        Claim c = Claims.with(Claims.of("en", "The governor leads by nine points in the latest Quinnipiac poll."), "leads by nine points");
        assertThat(c.speaker().text()).isEqualTo("the latest Quinnipiac poll");
    }

    @Test
    void inWithoutASurveyIsNoCue() {
        assertThat(Claims.of("en", "In the latest debate, the governor lost his temper.")).isEmpty();
    }
    @Test
    void verbsOfJudgingAndDiscussing() {
        Claim mocked = Claims.with(Claims.of("en", "The senator mocked the plan to close the border crossings."), "close the border crossings");
        assertThat(mocked.speaker().text()).isEqualTo("The senator");
        Claim railed = Claims.with(Claims.of("en", "The mayor railed against the cuts to the police budget."), "the police budget");
        assertThat(railed.cue()).isEqualTo("railed against");
        assertThat(railed.speaker().text()).isEqualTo("The mayor");
    }
    @Test
    void verbsOfEchoingAndRebutting() {
        Claim echoed = Claims.with(Claims.of("en", "The minister echoed the call for an immediate ceasefire in the region."), "immediate ceasefire");
        assertThat(echoed.speaker().text()).isEqualTo("The minister");
        Claim shrugged = Claims.with(Claims.of("en", "The senator shrugged off the criticism of his voting record."), "his voting record");
        assertThat(shrugged.cue()).isEqualTo("shrugged off");
    }
}
