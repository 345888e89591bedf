package org.kroniek.extract.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kroniek.record.Span;

class GenderEvidenceTest {
    private static final ClaimLexicon NL = ClaimLexicon.forLanguage("nl");
    private static final GenderEvidence EVIDENCE = new GenderEvidence(NL, GenderLexicon.forLanguage("nl"));

    private static Gender pronounIn(String sentence, String word) {
        List<Tok> toks = SentenceTokens.tokenize(sentence, 0, sentence.length());
        for (int j = 0; j < toks.size(); j++) {
            if (toks.get(j).text().equals(word)) {
                return EVIDENCE.pronoun(toks, j, true);
            }
        }
        throw new AssertionError(word + " not in " + sentence);
    }

    @Test
    void zeIsFemaleBesideASingularVerbOnly() {
        assertThat(pronounIn("Met hem kreeg ze drie kinderen.", "ze")).isEqualTo(Gender.FEMALE);
        assertThat(pronounIn("Ze wilde trouwen.", "Ze")).isEqualTo(Gender.FEMALE);
        assertThat(pronounIn("Zelf ontkent ze dat.", "ze")).isEqualTo(Gender.FEMALE);
        assertThat(pronounIn("Ze zeggen dat het klopt.", "Ze")).isEqualTo(Gender.UNKNOWN);
        assertThat(pronounIn("Daarna kregen ze hulp.", "ze")).isEqualTo(Gender.UNKNOWN);
    }

    @Test
    void zijnIsMaleOnlyAfterAPreposition() {
        assertThat(pronounIn("Hij bekeerde zich in zijn woonplaats.", "zijn")).isEqualTo(Gender.MALE);
        assertThat(pronounIn("De kinderen zijn gestorven.", "zijn")).isEqualTo(Gender.UNKNOWN);
    }

    @Test
    void roleNounBeforeOrInAppositionGivesTheGender() {
        String s = "Hij trouwde met zijn vrouw Maria Bakker.";
        List<Tok> toks = SentenceTokens.tokenize(s, 0, s.length());
        int at = s.indexOf("Maria");
        assertThat(EVIDENCE.role(toks, new PersonMention(at, at + 12, "Maria Bakker", null, null, null))).isEqualTo(Gender.FEMALE);
        String t = "Ook Jan Smit, de vader van het slachtoffer, was er.";
        List<Tok> toks2 = SentenceTokens.tokenize(t, 0, t.length());
        int at2 = t.indexOf("Jan");
        assertThat(EVIDENCE.role(toks2, new PersonMention(at2, at2 + 8, "Jan Smit", null, null, null))).isEqualTo(Gender.MALE);
        String u = "Jan Smit, zijn vrouw en de kinderen waren er.";
        List<Tok> toks3 = SentenceTokens.tokenize(u, 0, u.length());
        assertThat(EVIDENCE.role(toks3, new PersonMention(0, 8, "Jan Smit", null, null, null))).isEqualTo(Gender.UNKNOWN);
    }

    @Test
    void pronounsInsideAQuotationAreNoEvidence() {
        String text = "Columnist Ann Smith wrote a last column. \"The visit to Mexico, where he met the president, was brave,\" she wrote.";
        int cut = text.indexOf('"');
        List<List<Tok>> sentences = List.of(SentenceTokens.tokenize(text, 0, cut - 1), SentenceTokens.tokenize(text, cut, text.length()));
        int at = text.indexOf("Ann");
        PersonMention p = new PersonMention(at, at + 9, "Ann Smith", "PER:a", null, null);
        Span quote = new Span(cut, text.lastIndexOf('"') + 1);
        GenderEvidence en = new GenderEvidence(ClaimLexicon.forLanguage("en"), GenderLexicon.forLanguage("en"), List.of(quote));
        assertThat(en.votes(sentences, List.of(p), PersonMention::entity))
                .containsExactly(new GenderEvidence.Vote(p, Gender.FEMALE, GenderEvidence.PRONOUN));
    }

    @Test
    void theOnlyPersonOfASentenceGetsTheGenderOfTheNextPronoun() {
        String text = "De strijder Yago R. wil terug. Dit zei hij zondag.";
        List<List<Tok>> sentences = List.of(SentenceTokens.tokenize(text, 0, 30), SentenceTokens.tokenize(text, 31, text.length()));
        int at = text.indexOf("Yago");
        PersonMention p = new PersonMention(at, at + 7, "Yago R.", "PER:y", null, null);
        assertThat(EVIDENCE.votes(sentences, List.of(p), PersonMention::entity))
                .containsExactly(new GenderEvidence.Vote(p, Gender.MALE, GenderEvidence.PRONOUN));
    }
}
