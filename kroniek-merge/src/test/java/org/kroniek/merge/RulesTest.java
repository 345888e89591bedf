package org.kroniek.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.EventType;
import org.kroniek.record.FigureKind;
import org.kroniek.record.Place;
import org.kroniek.record.PlaceKind;

class RulesTest {
    private final Places places = new Places(MergeConfig.defaults());
    private static final Place UKRAINE = new Place(49, 32, "UA", PlaceKind.COUNTRY, 3, 690791L);

    @Test
    void placesNestAndNear() {
        assertThat(places.known("LOC:kharkiv", Rec.KHARKIV, "LOC:pisochyn", Corpus.PISOCHYN)).isTrue();
        assertThat(places.known("LOC:kharkiv", Rec.KHARKIV, "LOC:chuhuiv", Rec.CHUHUIV)).isFalse();
        assertThat(places.known("LOC:kharkiv-oblast", Rec.KHARKIV_OBLAST, "LOC:chuhuiv", Rec.CHUHUIV)).isTrue();
        assertThat(places.known("LOC:odesa", Rec.ODESA, "LOC:kharkiv-oblast", Rec.KHARKIV_OBLAST)).isFalse();
        assertThat(places.known("LOC:ukraine", UKRAINE, "LOC:odesa", Rec.ODESA)).isTrue();
        assertThat(places.known("LOC:a", null, "LOC:b", null)).isFalse();
        assertThat(places.compatible(null, null, "LOC:b", null)).isTrue();
        assertThat(places.known(null, null, "LOC:b", null)).isFalse();
        assertThat(places.local("LOC:ukraine", UKRAINE, "LOC:odesa", Rec.ODESA)).isFalse();
        assertThat(places.local("LOC:ukraine", UKRAINE, "LOC:ukraine", UKRAINE)).isFalse();
        assertThat(places.local("LOC:kharkiv-oblast", Rec.KHARKIV_OBLAST, "LOC:chuhuiv", Rec.CHUHUIV)).isTrue();
    }

    @Test
    void outletFromFieldThenHostThenPath() {
        assertThat(Outlets.of(Rec.of("a").outlet(" NOS ").url("https://nos.nl/x").build())).isEqualTo("nos");
        assertThat(Outlets.of(Rec.of("a").url("https://www.bbc.co.uk/news/1").build())).isEqualTo("bbc.co.uk");
        assertThat(Outlets.of(Rec.of("a").build())).isEqualTo("corpus/a.txt");
    }

    @Test
    void differentActorsOrRecipientsAreDifferentEvents() {
        EventRules rules = new EventRules(places);
        StoryIndex index = new StoryIndex(MergeConfig.defaults());
        List<ArticleRecord> rs = List.of(
                Rec.of("x1").date("2022-03-02").outlet("A").text("Shelling hit kharkiv overnight.").entity("LOC:kharkiv", Rec.KHARKIV).entity("ORG:russia")
                        .event("v1", EventType.ASSAULT, "ORG:russia", "LOC:kharkiv").build(),
                Rec.of("x2").date("2022-03-02").outlet("B").text("Shelling of kharkiv overnight, the army said.").entity("LOC:kharkiv", Rec.KHARKIV).entity("ORG:ukraine-army")
                        .event("v1", EventType.ASSAULT, "ORG:ukraine-army", "LOC:kharkiv").build(),
                Rec.of("x3").date("2022-03-02").outlet("C").text("More shelling in kharkiv overnight.").entity("LOC:kharkiv", Rec.KHARKIV)
                        .event("v1", EventType.ASSAULT, null, "LOC:kharkiv").build(),
                Rec.of("x4").date("2022-03-09").outlet("D").text("Shelling hit kharkiv overnight again.").entity("LOC:kharkiv", Rec.KHARKIV).entity("ORG:russia")
                        .event("v1", EventType.ASSAULT, "ORG:russia", "LOC:kharkiv").build());
        rs.forEach(index::add);
        EventMention a = EventMention.of(ArticleProfile.of(rs.get(0)), rs.get(0).events().get(0));
        EventMention b = EventMention.of(ArticleProfile.of(rs.get(1)), rs.get(1).events().get(0));
        EventMention c = EventMention.of(ArticleProfile.of(rs.get(2)), rs.get(2).events().get(0));
        EventMention d = EventMention.of(ArticleProfile.of(rs.get(3)), rs.get(3).events().get(0));
        assertThat(rules.sameEvent(a, b)).isFalse();
        assertThat(rules.sameEvent(a, c)).isTrue();
        assertThat(rules.sameEvent(b, c)).isTrue();
        assertThat(rules.sameEvent(a, d)).as("a week later").isFalse();
        // x4 is a week later: another story
        assertThat(index.stories()).extracting(Story::articles)
                .containsExactly(List.of("x1", "x2", "x3"), List.of("x4"));
    }

    @Test
    void overlappingOrDistantFiguresAreNoContradiction() {
        // every article is everyone's neighbour here: the test is about figures, not about grouping
        StoryIndex index = new StoryIndex(MergeConfig.defaults().withMutualNeighbours(10));
        index.add(Rec.of("f1").text("Russian strike on kharkiv: at least ten killed.").outlet("A").date("2022-03-02").entity("LOC:kharkiv", Rec.KHARKIV)
                .figure(FigureKind.KILLED, 10L, null, "LOC:kharkiv", null).build());
        index.add(Rec.of("f2").text("Russian strike on kharkiv: twelve to fifteen killed, a hundred injured.").outlet("B").date("2022-03-02").entity("LOC:kharkiv", Rec.KHARKIV)
                .figure(FigureKind.KILLED, 12L, 15L, "LOC:kharkiv", null)
                .figure(FigureKind.INJURED, 100L, 100L, "LOC:kharkiv", null).build());
        index.add(Rec.of("f3").text("Russian strike on kharkiv: five injured.").outlet("C").date("2022-03-02").entity("LOC:kharkiv", Rec.KHARKIV)
                .figure(FigureKind.INJURED, 5L, 5L, null, null).build());
        index.add(Rec.of("f4").text("Russian strike on kharkiv: forty killed so far.").outlet("D").date("2022-03-04").entity("LOC:kharkiv", Rec.KHARKIV)
                .figure(FigureKind.KILLED, 40L, 40L, "LOC:kharkiv", null).build());
        assertThat(index.stories()).hasSize(1);
        // at least 10 holds 12-15; an injured figure without place is not compared; 40 two days later is a new count
        assertThat(index.contradictions()).isEmpty();
        index.add(Rec.of("f5").text("Russian strike on kharkiv: three killed.").outlet("E").date("2022-03-02").entity("LOC:kharkiv", Rec.KHARKIV)
                .figure(FigureKind.KILLED, 3L, 3L, "LOC:kharkiv", null).build());
        assertThat(index.contradictions()).extracting(c -> c.first().article() + "-" + c.second().article())
                .containsExactly("f1-f5", "f2-f5");
    }

    @Test
    void anOutletsOwnUpdateAndALateAssaultAreNoContradiction() {
        StoryIndex index = new StoryIndex(MergeConfig.defaults().withMutualNeighbours(10));
        index.add(Rec.of("u1").text("Russian strike on kharkiv: three killed.").outlet("A").date("2022-03-02")
                .entity("LOC:kharkiv", Rec.KHARKIV).figure(FigureKind.KILLED, 3L, 3L, "LOC:kharkiv", null).build());
        index.add(Rec.of("u2").text("Russian strike on kharkiv: seven killed.").outlet("A").date("2022-03-02")
                .entity("LOC:kharkiv", Rec.KHARKIV).figure(FigureKind.KILLED, 7L, 7L, "LOC:kharkiv", null).build());
        index.add(Rec.of("r1").text("Russia will withdraw from chernihiv.").outlet("B").date("2022-03-29")
                .entity("ORG:russia").entity("LOC:chernihiv", Rec.CHERNIHIV)
                .event("v1", EventType.RETREAT, "ORG:russia", null, "LOC:chernihiv", null, false, true).build());
        index.add(Rec.of("r2").text("Russia shelled chernihiv again.").outlet("C").date("2022-05-30")
                .entity("ORG:russia").entity("LOC:chernihiv", Rec.CHERNIHIV)
                .event("v1", EventType.ASSAULT, "ORG:russia", "LOC:chernihiv").build());
        assertThat(index.story("story:u1").orElseThrow().articles()).containsExactly("u1", "u2");
        // seven after three from one outlet is its own update; shelling two months later breaks no promise of March
        assertThat(index.contradictions()).isEmpty();
        index.add(Rec.of("r3").text("Russia shelled chernihiv overnight.").outlet("D").date("2022-04-05")
                .entity("ORG:russia").entity("LOC:chernihiv", Rec.CHERNIHIV)
                .event("v1", EventType.ASSAULT, "ORG:russia", "LOC:chernihiv").build());
        assertThat(index.contradictions()).extracting(c -> c.kind().label() + " " + c.first().article() + "-" + c.second().article())
                .containsExactly("broken-promise r1-r3");
    }
}
