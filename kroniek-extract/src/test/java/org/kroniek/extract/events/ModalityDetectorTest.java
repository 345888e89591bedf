package org.kroniek.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.kroniek.extract.support.Clauses;
import org.kroniek.extract.support.SentenceTokens;
import org.kroniek.pipeline.Token;
import org.kroniek.record.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModalityDetectorTest {
    private record Read(boolean negated, boolean hypothetical) {
    }

    /** The modality of the trigger whose text is {@code trigger}. */
    private static Read read(String language, String text, String trigger) {
        List<Token> tokens = SentenceTokens.tokenize(text, new Span(0, text.length()));
        List<TriggerMatch> found = new TriggerMatcher(TriggerLexicon.of(language)).find(tokens);
        List<int[]> clauses = Clauses.of(tokens);
        for (int n = 0; n < found.size(); n++) {
            TriggerMatch t = found.get(n);
            if (text.substring(t.start(), t.end()).equalsIgnoreCase(trigger)) {
                int next = n + 1 < found.size() ? found.get(n + 1).first() : tokens.size();
                int[] clause = Clauses.at(clauses, t.first());
                ModalityDetector d = ModalityDetector.of(language);
                return new Read(d.negated(tokens, t, clause, true, next), d.hypothetical(tokens, t, clause, true, next));
            }
        }
        throw new AssertionError("no trigger '" + trigger + "' in: " + text + " (found " + found + ")");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "nl|Het ministerie meldde dat er van een grootschalige terugtrekking nog geen sprake is.|terugtrekking|true",
            "nl|Er is geen overeenstemming bereikt.|overeenstemming|true",
            "nl|De activisten werden niet vervolgd.|vervolgd|true",
            "nl|Rusland ontkende dat het de stad had gebombardeerd.|gebombardeerd|true",
            "nl|Zo werd Chernihiv alweer gebombardeerd en meldde het ministerie dat er van een terugtrekking nog geen sprake is.|gebombardeerd|false",
            "nl|Aan de bombardementen kwam nog geen einde.|bombardementen|false",
            "nl|De troepen begonnen aan de terugtrekking.|terugtrekking|false",
            "en|There is no sign of a withdrawal.|withdrawal|true",
            "en|Moscow denied that its forces attacked the convoy.|attacked|true",
            "en|The army did not attack the town.|attack|true",
            "en|The army attacked the town.|attacked|false",
    })
    void negation(String language, String text, String trigger, boolean negated) {
        assertThat(read(language, text, trigger).negated()).isEqualTo(negated);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "nl|In de tussentijd blijft de Russische belofte om de militaire inzet bij Kyiv af te schalen de gemoederen bezighouden.|af te schalen|true",
            "nl|Er zijn aanwijzingen dat Rusland het offensief binnenkort zou willen hervatten.|offensief|true",
            "nl|Maduro heeft gedreigd de oppositieleider te arresteren.|arresteren|true",
            "nl|Maduro heeft gedreigd de oppositieleider te arresteren.|gedreigd|false",
            "nl|Poetin heeft geëist dat Mariupol zich overgeeft.|overgeeft|true",
            "nl|Poetin heeft geëist dat Mariupol zich overgeeft.|geëist|false",
            "nl|Woensdag zou een gebouw van het Rode Kruis zijn aangevallen.|aangevallen|false",
            "nl|Hij wordt gearresteerd als hij terugkeert.|gearresteerd|false",
            "nl|De Russen gaven Mariupol een ultimatum om de wapens neer te leggen.|wapens neer te leggen|true",
            "nl|Rusland is van plan de stad te bombarderen.|bombarderen|true",
            "nl|Rusland zou het offensief willen hervatten.|offensief|true",
            "nl|Als de gesprekken mislukken, volgt een offensief.|offensief|false",
            "en|Russia threatened to attack the capital.|attack|true",
            "en|Russia plans to withdraw its troops.|withdraw|true",
            "en|They gave the city an ultimatum to lay down their arms.|lay down their arms|true",
            "en|Russia promised to withdraw its troops.|withdraw|true",
            "en|If the talks fail, the army would attack.|attack|true",
            "en|The army attacked the capital.|attacked|false",
            "en|The army will attack the capital.|attack|true",
    })
    void hypothetical(String language, String text, String trigger, boolean hypothetical) {
        assertThat(read(language, text, trigger).hypothetical()).isEqualTo(hypothetical);
    }
}
