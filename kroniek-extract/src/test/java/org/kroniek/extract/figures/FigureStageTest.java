package org.kroniek.extract.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.kroniek.extract.testing.Docs;
import org.kroniek.extract.time.TimeStage;
import org.kroniek.pipeline.Document;
import org.kroniek.pipeline.Layers;
import org.kroniek.record.ClaimStatus;
import org.kroniek.record.Figure;
import org.kroniek.record.FigureKind;
import org.kroniek.record.FigureUnit;
import org.junit.jupiter.api.Test;

class FigureStageTest {
    private static List<Figure> figures(Document d) {
        new TimeStage().process(d);
        new FigureStage().process(d);
        return d.list(Layers.FIGURES);
    }

    @Test
    void sharesOfBuildingsWithTheirKindsAndPlace() {
        Document d = Docs.of("nl", "2022-03", "Inmiddels zijn negen van de tien gebouwen in Mariupol (zwaar) beschadigd "
                + "en vier op de tien gebouwen zijn met de grond gelijk gemaakt.");
        Docs.entities(d, "e1:Mariupol:LOC:city");
        List<Figure> f = figures(d);
        assertThat(f).extracting(Figure::kind, Figure::low, Figure::high, Figure::unit, Figure::object)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(FigureKind.DAMAGED, 90L, 90L, FigureUnit.PERCENT, "gebouwen"),
                        org.assertj.core.groups.Tuple.tuple(FigureKind.DESTROYED, 40L, 40L, FigureUnit.PERCENT, "gebouwen"));
        assertThat(f).allMatch(x -> "e1".equals(x.location()));
    }

    @Test
    void deathTollInAClaimWithThePlaceNamedBefore() {
        Document d = Docs.of("nl", "2022-03", "De stad Mariupol ligt onder vuur. "
                + "Volgens het stadsbestuur zijn er al zeker vijf- tot tienduizend doden gevallen.");
        Docs.entities(d, "e1:Mariupol:LOC:city");
        Docs.claim(d, "c5", "zijn er al zeker vijf- tot tienduizend doden gevallen", ClaimStatus.ASSERTED);
        Figure f = figures(d).get(0);
        assertThat(f.kind()).isEqualTo(FigureKind.KILLED);
        assertThat(f.low()).isEqualTo(5000L);
        assertThat(f.high()).isEqualTo(10000L);
        assertThat(f.unit()).isEqualTo(FigureUnit.PEOPLE);
        assertThat(f.location()).isEqualTo("e1");
        assertThat(f.claim()).isEqualTo("c5");
    }

    @Test
    void englishFiguresWithKindBeforeTheNumber() {
        Document d = Docs.of("en", "2022-03-30", "The strike killed at least 21 civilians. Dozens of people were injured.");
        List<Figure> f = figures(d);
        assertThat(f).extracting(Figure::kind, Figure::low, Figure::high, Figure::approximate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FigureKind.KILLED, 21L, null, false),
                        org.assertj.core.groups.Tuple.tuple(FigureKind.INJURED, 12L, 12L, true));
    }

    @Test
    void yearsMoneyAndPlainNumbersAreNoFigures() {
        Document d = Docs.of("nl", "2019-04-10", "In 2016 kreeg hij zes jaar cel en een boete van 500 euro.");
        assertThat(figures(d)).isEmpty();
    }

    @Test
    void displacedPeopleWithVagueAmount() {
        Document d = Docs.of("nl", "2019-03-04", "Tienduizenden mensen zijn het stadje al ontvlucht.");
        Figure f = figures(d).get(0);
        assertThat(f.kind()).isEqualTo(FigureKind.DISPLACED);
        assertThat(f.low()).isEqualTo(10000L);
        assertThat(f.approximate()).isTrue();
    }

    @Test
    void aKindWordThatIsAnotherGroupDoesNotCount() {
        Document d = Docs.of("nl", "2019-03-04", "Mensen van meer dan 170 nationaliteiten zijn bang voor migranten en vluchtelingen.");
        assertThat(figures(d)).isEmpty();
    }

    @Test
    void countedPeopleWithoutCasualtyKindOnlyInAnEventClause() {
        Document plain = Docs.of("nl", "2019-04-03", "Er wonen achttien personen in het huis.");
        new org.kroniek.extract.events.EventStage().process(plain);
        assertThat(figures(plain)).isEmpty();
        Document protest = Docs.of("nl", "2019-04-03", "Zo'n vijftig klimaatactivisten hielden een demonstratie.");
        new TimeStage().process(protest);
        new org.kroniek.extract.events.EventStage().process(protest);
        new FigureStage().process(protest);
        Figure f = protest.list(Layers.FIGURES).get(0);
        assertThat(f.kind()).isEqualTo(FigureKind.OTHER);
        assertThat(f.low()).isEqualTo(50L);
        assertThat(f.approximate()).isTrue();
    }
}
