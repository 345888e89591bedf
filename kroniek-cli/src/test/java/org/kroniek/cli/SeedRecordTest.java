package org.kroniek.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kroniek.extract.StandardPipeline;
import org.kroniek.ingest.DatedTextReader;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.EventType;
import org.kroniek.record.FigureKind;
import org.kroniek.record.FigureUnit;
import org.kroniek.record.Precision;
import org.kroniek.record.Source;
import org.kroniek.record.TimeExpression;
import org.junit.jupiter.api.Test;

/** The standard pipeline on the bundled seed article: figures, times and events of the examples. */
class SeedRecordTest {
    private static ArticleRecord seed() throws IOException {
        Path p = Path.of("../samples/seed-nl-2022-03.txt");
        String text = Files.readString(p, StandardCharsets.UTF_8);
        return StandardPipeline.create().process(DatedTextReader.read(text, Source.ofPath(p.toString())));
    }

    @Test
    void figuresTimesAndEventsConnect() throws IOException {
        ArticleRecord r = seed();
        assertThat(r.figures()).extracting(f -> f.kind(), f -> f.low(), f -> f.high(), f -> f.unit())
                .contains(tuple(FigureKind.KILLED, 5000L, 10000L, FigureUnit.PEOPLE),
                        tuple(FigureKind.DAMAGED, 90L, 90L, FigureUnit.PERCENT),
                        tuple(FigureKind.DESTROYED, 40L, 40L, FigureUnit.PERCENT));
        TimeExpression woensdag = r.times().stream().filter(t -> t.text().equals("woensdag")).findFirst().orElseThrow();
        assertThat(woensdag.value()).isEqualTo("2022-03");
        assertThat(woensdag.precision()).isEqualTo(Precision.MONTH);
        assertThat(woensdag.weekday()).isEqualTo(3);
        assertThat(r.events()).anyMatch(e -> e.type() == EventType.RETREAT && e.negated()
                && e.evidence().text().contains("terugtrekking"));
        assertThat(r.events()).anyMatch(e -> e.type() == EventType.RETREAT && e.hypothetical()
                && e.evidence().text().contains("af te schalen"));
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void theRecordIsOneConnectedGraph() throws IOException {
        ArticleRecord r = seed();
        java.util.Set<String> entities = new java.util.HashSet<>();
        r.entities().forEach(e -> entities.add(e.id()));
        java.util.Set<String> times = new java.util.HashSet<>();
        r.times().forEach(t -> times.add(t.id()));
        java.util.Set<String> claims = new java.util.HashSet<>();
        r.claims().forEach(c -> claims.add(c.id()));
        for (var e : r.events()) {
            for (String ref : java.util.Arrays.asList(e.actor(), e.recipient(), e.location())) {
                assertThat(ref == null || entities.contains(ref)).as(e.toString()).isTrue();
            }
            assertThat(e.time() == null || times.contains(e.time())).as(e.toString()).isTrue();
            assertThat(claims).containsAll(e.claims());
        }
        for (var f : r.figures()) {
            assertThat(f.location() == null || entities.contains(f.location())).isTrue();
            assertThat(f.claim() == null || claims.contains(f.claim())).isTrue();
        }
        var bombed = r.events().stream().filter(e -> e.type() == EventType.ASSAULT && e.evidence().text().contains("gebombardeerd"))
                .findFirst().orElseThrow();
        assertThat(bombed.location()).as("place of the bombing").isNotNull();
        assertThat(r.entities().stream().filter(x -> x.id().equals(bombed.location())).findFirst().orElseThrow().name())
                .containsIgnoringCase("Chernihiv");
    }
}
