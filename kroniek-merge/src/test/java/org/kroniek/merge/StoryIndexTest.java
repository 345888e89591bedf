package org.kroniek.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.EventType;
import org.kroniek.record.FigureKind;
import org.kroniek.record.Place;
import org.kroniek.record.PlaceKind;

class StoryIndexTest {

    private static StoryIndex index(List<ArticleRecord> records) {
        StoryIndex index = new StoryIndex(MergeConfig.defaults());
        records.forEach(index::add);
        return index;
    }

    private static Map<String, List<String>> storiesById(StoryIndex index) {
        return index.stories().stream().collect(Collectors.toMap(Story::id, Story::articles));
    }

    @Test
    void groupsTheCorpusIntoStoriesAcrossLanguages() {
        StoryIndex index = index(Corpus.records());
        // k5 (a strike on nearby Chuhuiv the same day) belongs to the story of the strikes on Kharkiv,
        // its strike an event of its own (below); k6, a Dutch toll update three days later, shares no
        // words to compare across languages and is no one's mutual best link: a story of its own
        assertThat(storiesById(index)).containsOnly(
                Map.entry("story:k1", List.of("k1", "k2", "k3", "k4", "k5")),
                Map.entry("story:k6", List.of("k6")),
                Map.entry("story:p1", List.of("p1", "p2", "p3")),
                Map.entry("story:o1", List.of("o1", "o2", "o3")),
                Map.entry("story:m1", List.of("m1", "m2")));
        assertThat(index.story("story:m1").orElseThrow().languages()).containsExactly("en", "nl");
        assertThat(index.story("story:k1").orElseThrow().title()).isEqualTo("Title of k1");
    }

    @Test
    void countsOutletsOnceAndWireCopiesOnce() {
        StoryIndex index = index(Corpus.records());
        Story kharkiv = index.story("story:k1").orElseThrow();
        assertThat(kharkiv.outlets()).containsExactly("bbc", "kyiv independent", "nos", "reuters", "theguardian.com");
        // reuters and the guardian print the same wire text: 4 independent sources of 5 outlets
        assertThat(kharkiv.sources()).isEqualTo(4);
    }

    @Test
    void mergesEventMentionsOfOneRealEvent() {
        StoryIndex index = index(Corpus.records());
        EventInstance strike = index.event("k1#v1").orElseThrow();
        // k3/k4 place the strike in Pisochyn, ~10 km from Kharkiv, at month precision: the same event
        assertThat(strike.articles()).containsExactly("k1", "k2", "k3", "k4");
        assertThat(strike.sources()).isEqualTo(3);
        assertThat(strike.type()).isEqualTo(EventType.ASSAULT);
        assertThat(strike.actor()).isEqualTo("ORG:russia");
        assertThat(strike.dates()).isEqualTo("2022-03-02");
        // Chuhuiv is ~45 km away: another event
        assertThat(index.event("k5#v1").orElseThrow().articles()).containsExactly("k5");
        assertThat(index.event("p2#v1").orElseThrow().articles()).containsExactly("p2", "p3");
        assertThat(index.event("p2#v1").orElseThrow().sources()).isEqualTo(2);
        assertThat(index.event("o1#v1").orElseThrow().articles()).containsExactly("o1", "o3");
        assertThat(index.event("o2#v1").orElseThrow().negated()).isTrue();
        assertThat(index.event("m1#v1").orElseThrow().articles()).containsExactly("m1", "m2");
        assertThat(index.events()).extracting(EventInstance::id).containsExactly(
                "k1#v1", "k5#v1", "m1#v1", "o1#v1", "o2#v1", "p1#v1", "p2#v1");
        assertThat(index.story("story:k1").orElseThrow().events()).extracting(EventInstance::id)
                .containsExactly("k1#v1", "k5#v1");
    }

    @Test
    void findsEachPlantedContradictionAndNoOther() {
        StoryIndex index = index(Corpus.records());
        List<String> found = index.contradictions().stream()
                .map(c -> c.kind().label() + " " + c.first().article() + "/" + c.first().item()
                        + " " + c.second().article() + "/" + c.second().item())
                .toList();
        assertThat(found).containsExactly(
                "figures k1/f1 k2/f1",
                "negated-event o1/v1 o2/v1",
                "negated-event o2/v1 o3/v1",
                "disputed-claim o1/c1 o2/c1",
                "broken-promise p1/v1 p2/v1",
                "broken-promise p1/v1 p3/v1");
        Contradiction figures = index.contradictions().get(0);
        assertThat(figures.reason()).isEqualTo("killed in kharkiv: 10 (Terekhov) vs 30-40 (emergency service)");
        assertThat(figures.first().evidence()).isEqualTo("KILLED 10-10 in k1");
    }

    @Test
    void seriesShowHowAFigureEvolved() {
        StoryIndex index = index(Corpus.records());
        FigureSeries kharkiv = index.figureSeries().stream()
                .filter(s -> s.location().equals("LOC:kharkiv") && s.kind() == FigureKind.KILLED).findFirst().orElseThrow();
        assertThat(kharkiv.points()).extracting(FigurePoint::article, FigurePoint::date, FigurePoint::low, FigurePoint::speaker)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("k1", "2022-03-02", 10L, "Terekhov"),
                        org.assertj.core.groups.Tuple.tuple("k2", "2022-03-02", 30L, "emergency service"),
                        org.assertj.core.groups.Tuple.tuple("k6", "2022-03-05", 50L, null));
        assertThat(index.figureSeries()).extracting(FigureSeries::location).containsExactly("LOC:chuhuiv", "LOC:kharkiv");
    }

    @Test
    void anyIngestOrderGivesTheSameResult() {
        String expected = StoriesJson.write(index(Corpus.records()));
        Random random = new Random(8);
        for (int i = 0; i < 10; i++) {
            List<ArticleRecord> shuffled = new ArrayList<>(Corpus.records());
            Collections.shuffle(shuffled, random);
            assertThat(StoriesJson.write(index(shuffled))).as("order %s", shuffled.stream().map(ArticleRecord::id).toList())
                    .isEqualTo(expected);
        }
    }

    @Test
    void reAddingAnArticleReplacesIt() {
        StoryIndex index = index(Corpus.records());
        String before = StoriesJson.write(index);
        Corpus.records().forEach(index::add);
        assertThat(index.size()).isEqualTo(14);
        assertThat(StoriesJson.write(index)).isEqualTo(before);
    }

    @Test
    void aSharedCountryAloneTiesNoStory() {
        Place russia = new Place(60, 100, "RU", PlaceKind.COUNTRY, 3, 2017370L);
        Place kyiv = new Place(50.45, 30.52, "UA", PlaceKind.CITY, 1, 703448L);
        Place mariupol = new Place(47.10, 37.54, "UA", PlaceKind.CITY, 1, 701822L);
        StoryIndex index = StoryIndex.of(List.of(
                Rec.of("c1").lang("nl").date("2022-03-15").outlet("A").text("In kyiv geldt een avondklok, russia ontkent aanvallen.")
                        .entity("LOC:kyiv", kyiv).entity("LOC:russia", russia).build(),
                Rec.of("c2").lang("en").date("2022-03-16").outlet("B").text("A strike destroyed the theatre in mariupol, russia denied it.")
                        .entity("LOC:mariupol", mariupol).entity("LOC:russia", russia).build()));
        assertThat(index.storyOf("c1")).map(Story::articles).contains(List.of("c1"));
        assertThat(index.storyOf("c2")).map(Story::articles).contains(List.of("c2"));
    }

    @Test
    void anUntitledStoryIsTitledByItsFirstSentence() {
        String text = "Shelling hit kharkiv overnight and the regional governor said that the strikes went on until morning "
                + "in several districts of the city.";
        StoryIndex index = StoryIndex.of(List.of(Rec.of("u1").untitled().date("2022-03-15").outlet("A")
                .text(text).entity("LOC:kharkiv", Rec.KHARKIV).build()));
        assertThat(index.storyOf("u1")).map(Story::title)
                .contains("Shelling hit kharkiv overnight and the regional governor said that the strikes went on until morning\u2026");
    }

    @Test
    void storyOfAnArticle() {
        StoryIndex index = index(Corpus.records());
        assertThat(index.storyOf("k2")).map(Story::id).contains("story:k1");
        assertThat(index.storyOf("nope")).isEmpty();
        assertThat(index.contradictions("story:p1")).extracting(c -> c.kind().label())
                .containsExactly("broken-promise", "broken-promise");
        assertThat(index.figureSeries("story:k1")).extracting(FigureSeries::location).containsExactly("LOC:chuhuiv", "LOC:kharkiv");
    }

    @Test
    void readingBetweenAddsGivesWhatOneBatchGives() {
        List<ArticleRecord> records = new ArrayList<>(Corpus.records());
        String expected = StoriesJson.write(StoryIndex.of(records));
        Collections.shuffle(records, new Random(3));
        StoryIndex index = new StoryIndex(MergeConfig.defaults());
        for (ArticleRecord r : records) {
            index.add(r);
            assertThat(index.stories()).isNotEmpty();
        }
        assertThat(StoriesJson.write(index)).isEqualTo(expected);
    }

    @Test
    void incrementalGroupingEqualsBatchOnAGeneratedCorpusOverManyDays() {
        List<ArticleRecord> records = Generated.records(400, 60, 11);
        String expected = StoriesJson.write(StoryIndex.of(records));
        Random random = new Random(12);
        for (int round = 0; round < 3; round++) {
            List<ArticleRecord> shuffled = new ArrayList<>(records);
            Collections.shuffle(shuffled, random);
            StoryIndex index = new StoryIndex(MergeConfig.defaults());
            for (int i = 0; i < shuffled.size(); i++) {
                index.add(shuffled.get(i));
                if (i % 37 == 0) {
                    index.stories();
                }
            }
            // a replaced record on another day, then put back
            ArticleRecord moved = Generated.movedCopy(shuffled.get(5), 20);
            index.add(moved);
            index.stories();
            index.add(shuffled.get(5));
            assertThat(StoriesJson.write(index)).as("round %d", round).isEqualTo(expected);
        }
        assertThat(StoryIndex.of(records).stories().stream().filter(s -> s.articles().size() > 1)).isNotEmpty();
    }

    @Test
    void exportsStoriesAsJson() {
        String json = StoriesJson.write(index(Corpus.records()));
        assertThat(json).contains("\"stories\"", "\"id\" : \"story:k1\"", "\"sources\" : 3", "\"kind\" : \"broken-promise\"",
                "\"dates\" : \"2022-03-01..2022-03-31\"");
    }
}
