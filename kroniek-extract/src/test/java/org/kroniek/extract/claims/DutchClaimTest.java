package org.kroniek.extract.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kroniek.record.Claim;
import org.kroniek.record.ClaimRelation;
import org.kroniek.record.ClaimStatus;
import org.kroniek.record.RelationType;
import org.kroniek.record.SpeakerKind;

class DutchClaimTest {
    @Test
    void reportingVerbWithDatClause() {
        Claim c = Claims.with(Claims.of("nl", "Woordvoerder Jan de Vries zegt dat de brug dicht blijft."), "de brug dicht blijft");
        assertThat(c.speaker().text()).isEqualTo("Woordvoerder Jan de Vries");
        assertThat(c.speaker().kind()).isEqualTo(SpeakerKind.PERSON);
        assertThat(c.cue()).isEqualTo("zegt");
        assertThat(c.status()).containsExactly(ClaimStatus.ASSERTED);
        assertThat(c.direct()).isFalse();
    }

    @Test
    void invertedReportingVerbAfterContentIsAllegedForClaimen() {
        Claim c = Claims.with(Claims.of("nl", "Dinsdag zou een ziekenhuis zijn beschoten, claimen Syrische autoriteiten."),
                "een ziekenhuis zijn beschoten");
        assertThat(c.speaker().text()).isEqualTo("Syrische autoriteiten");
        assertThat(c.speaker().kind()).isEqualTo(SpeakerKind.GOVERNMENT);
        assertThat(c.speaker().country()).isEqualTo("SY");
        assertThat(c.status()).contains(ClaimStatus.ALLEGED).doesNotContain(ClaimStatus.ASSERTED);
    }

    @Test
    void metonymicCapitalSpeaksForItsGovernment() {
        Claim c = Claims.with(Claims.of("nl", "Er zouden nieuwe troepen onderweg zijn, beweert Moskou."), "nieuwe troepen");
        assertThat(c.speaker().kind()).isEqualTo(SpeakerKind.GOVERNMENT);
        assertThat(c.speaker().country()).isEqualTo("RU");
        assertThat(c.status()).contains(ClaimStatus.ALLEGED);
    }

    @Test
    void volgensAtTheStartAndInTheMiddle() {
        List<Claim> claims = Claims.of("nl", "Volgens het gemeentebestuur zijn er honderd gewonden. "
                + "De brand was volgens deskundigen snel onder controle.");
        assertThat(Claims.with(claims, "honderd gewonden").speaker().kind()).isEqualTo(SpeakerKind.LOCAL_AUTHORITY);
        assertThat(Claims.with(claims, "snel onder controle").speaker().kind()).isEqualTo(SpeakerKind.EXPERT);
    }

    @Test
    void aldusWithPartialQuoteIsDirect() {
        Claim c = Claims.with(Claims.of("nl", "Hij stelde een plan voor, \"waar we serieus naar kijken\", aldus Duitse diplomaten."),
                "waar we serieus naar kijken");
        assertThat(c.text()).isEqualTo("waar we serieus naar kijken");
        assertThat(c.direct()).isTrue();
        assertThat(c.speaker().country()).isEqualTo("DE");
    }

    @Test
    void verbSecondInversionPutsTheSpeakerAfterTheVerb() {
        Claim c = Claims.with(Claims.of("nl", "Zo meldde het Britse ministerie van Defensie woensdag dat de aanval is afgeslagen."),
                "de aanval is afgeslagen");
        assertThat(c.speaker().text()).isEqualTo("het Britse ministerie van Defensie");
        assertThat(c.speaker().country()).isEqualTo("GB");
    }

    @Test
    void nestedRelayGivesSpeakerViaAndCountryFromEarlierMinistry() {
        List<Claim> claims = Claims.of("nl", "Het Russische ministerie van Defensie sprak van een succes. "
                + "\"De troepen worden verplaatst\", citeert persbureau Interfax een woordvoerder van het ministerie.");
        Claim c = Claims.with(claims, "De troepen worden verplaatst");
        assertThat(c.speaker().text()).isEqualTo("een woordvoerder van het ministerie");
        assertThat(c.via()).isEqualTo("Interfax");
        assertThat(c.speaker().country()).isEqualTo("RU");
        assertThat(c.direct()).isTrue();
    }

    @Test
    void quoteAcrossSentencesWithSpeakerAfter() {
        Claim c = Claims.with(Claims.of("nl", "„We gaan door. Niemand houdt ons tegen”, zegt burgemeester Anna Smit."), "We gaan door");
        assertThat(c.text()).isEqualTo("We gaan door. Niemand houdt ons tegen");
        assertThat(c.speaker().text()).isEqualTo("burgemeester Anna Smit");
        assertThat(c.direct()).isTrue();
    }

    @Test
    void quoteAfterColonAndContinuationQuote() {
        List<Claim> claims = Claims.of("nl", "Minister Piet Jansen zei: ,,Dit is onaanvaardbaar. We grijpen in.'' "
                + ",,Er komt een onderzoek naar de gang van zaken.''");
        assertThat(Claims.with(claims, "Dit is onaanvaardbaar").speaker().text()).isEqualTo("Minister Piet Jansen");
        assertThat(Claims.with(claims, "Er komt een onderzoek").speaker().text()).isEqualTo("Minister Piet Jansen");
    }

    @Test
    void pronounSpeakerTakesTheNearestPerson() {
        List<Claim> claims = Claims.of("nl", "De Franse president Emmanuel Macron sprak met de pers. "
                + "Volgens hem is een akkoord dichtbij. Hij zei dat de gesprekken doorgaan.");
        assertThat(Claims.with(claims, "akkoord dichtbij").speaker().text()).isEqualTo("Emmanuel Macron");
        assertThat(Claims.with(claims, "de gesprekken doorgaan").speaker().text()).isEqualTo("Emmanuel Macron");
    }

    @Test
    void laatstgenoemdeIsTheLastPersonNamed() {
        List<Claim> claims = Claims.of("nl", "Premier Mark Rutte belde met president Joe Biden. "
                + "Laatstgenoemde zei dat er snel meer hulp komt.");
        assertThat(Claims.with(claims, "meer hulp komt").speaker().text()).isEqualTo("Joe Biden");
    }

    @Test
    void reportativeZouWithPerfectIsAllegedButFutureInThePastIsNot() {
        List<Claim> claims = Claims.of("nl", "De regering meldde dat de rebellen de stad zouden hebben verlaten. "
                + "De regering had gewaarschuwd dat zij snel zou ingrijpen.");
        assertThat(Claims.with(claims, "de stad zouden hebben verlaten").status()).contains(ClaimStatus.ALLEGED);
        assertThat(Claims.with(claims, "snel zou ingrijpen").status()).containsExactly(ClaimStatus.ASSERTED);
    }

    @Test
    void naarVerluidtMakesAnAllegedClaimOfUnknownSpeaker() {
        Claim c = Claims.with(Claims.of("nl", "Naar verluidt zijn er drie doden gevallen."), "drie doden");
        assertThat(c.status()).contains(ClaimStatus.ALLEGED);
        assertThat(c.speaker().kind()).isEqualTo(SpeakerKind.UNKNOWN);
    }

    @Test
    void unverifiedSentenceMarksThePreviousClaim() {
        List<Claim> claims = Claims.of("nl", "Volgens Oekraïense autoriteiten is een school geraakt. "
                + "De informatie kon niet onafhankelijk geverifieerd worden.");
        assertThat(Claims.with(claims, "een school geraakt").status()).contains(ClaimStatus.UNVERIFIED);
    }

    @Test
    void disputeByExpertsDisputesTheEarlierClaimAndIsItselfAClaim() {
        List<Claim> claims = Claims.of("nl", "Het ministerie beweert dat alle doelen zijn bereikt. "
                + "Die verklaring wordt door experts betwist: zij vertellen dat het offensief is vastgelopen.");
        Claim ministry = Claims.with(claims, "alle doelen zijn bereikt");
        Claim experts = Claims.with(claims, "het offensief is vastgelopen");
        assertThat(ministry.status()).contains(ClaimStatus.DISPUTED);
        assertThat(experts.speaker().text()).isEqualTo("experts");
        assertThat(experts.speaker().kind()).isEqualTo(SpeakerKind.EXPERT);
        assertThat(experts.relations()).contains(new ClaimRelation(RelationType.DISPUTES, ministry.id()));
        assertThat(Claims.with(claims, "Die verklaring").speaker().text()).isEqualTo("experts");
    }

    @Test
    void denialIsDeniedAndDisputesItsTarget() {
        List<Claim> claims = Claims.of("nl", "Volgens de politie had de verdachte een wapen. Zelf ontkent de verdachte dat.");
        Claim police = Claims.with(claims, "een wapen");
        Claim denial = Claims.with(claims, "ontkent");
        assertThat(denial.status()).contains(ClaimStatus.DENIED);
        assertThat(denial.relations()).contains(new ClaimRelation(RelationType.DENIES, police.id()));
        assertThat(police.status()).contains(ClaimStatus.DISPUTED);
    }

    @Test
    void hedgedConfirmationConfirmsTheEarlierClaim() {
        List<Claim> claims = Claims.of("nl", "Amerikaanse inlichtingendiensten meldden dat er troepen worden verplaatst. "
                + "Het Russische ministerie van Defensie lijkt die informatie te bevestigen.");
        Claim us = Claims.with(claims, "troepen worden verplaatst");
        assertThat(us.speaker().kind()).isEqualTo(SpeakerKind.INTELLIGENCE);
        assertThat(us.speaker().country()).isEqualTo("US");
        Claim ru = Claims.with(claims, "die informatie");
        assertThat(ru.status()).contains(ClaimStatus.CONFIRMED, ClaimStatus.HEDGED);
        assertThat(ru.relations()).contains(new ClaimRelation(RelationType.CONFIRMS, us.id()));
    }

    @Test
    void scareQuotesAloneAreNoClaims() {
        assertThat(Claims.of("nl", "De 'militaire operatie' duurt al weken.")).isEmpty();
    }
}
