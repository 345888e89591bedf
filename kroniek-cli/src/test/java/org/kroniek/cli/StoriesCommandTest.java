package org.kroniek.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * End to end over the stories corpus written for Kroniek (13 articles, 4 stories, nl and en, a wire
 * copy republished), articles as text through the standard extraction into the story index:
 * stories and sources exactly; of the events, the strike on Kharkiv that all three Kharkiv
 * articles (nl and en) report as one instance; and exactly the planted contradictions, one or
 * more of each of the four kinds, none other.
 */
class StoriesCommandTest {
    private static final String CORPUS = "../kroniek-merge/src/test/resources/stories-corpus.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void corpusGivesItsFourStoriesAcrossLanguages() throws IOException {
        Map<String, String> titles = new HashMap<>();
        List<JsonNode> records = new ArrayList<>();
        for (String line : CliRun.of("extract", CORPUS, "--format", "jsonl").out().split("\n")) {
            JsonNode r = JSON.readTree(line);
            records.add(r);
            titles.put(r.get("id").asText(), r.get("title").asText());
        }
        CliRun run = CliRun.of("stories", CORPUS, "--format", "json");
        assertThat(run.exit()).isZero();
        JsonNode doc = JSON.readTree(run.out());
        Set<Set<String>> groups = new HashSet<>();
        for (JsonNode story : doc.get("stories")) {
            Set<String> members = new TreeSet<>();
            story.get("articles").forEach(a -> members.add(titles.get(a.asText()).split(" ")[0]));
            groups.add(members);
            assertThat(story.get("languages")).hasSize(2);
        }
        // the wire story and its reprint have one article id: Kharkiv has three articles, three sources
        assertThat(groups).containsExactlyInAnyOrder(
                Set.of("Raketaanval", "Missile", "Russian"),
                Set.of("Russia", "Chernihiv", "Tsjernihiv"),
                Set.of("Missiles", "Moscow", "Raketten"),
                Set.of("Aid", "Hulpkonvooi", "Red"));
        doc.get("stories").forEach(s -> assertThat(s.get("sources").asInt()).isEqualTo(3));

        // every event of every record is in exactly one event instance
        int mentions = records.stream().mapToInt(r -> r.get("events").size()).sum();
        int inInstances = 0;
        for (JsonNode story : doc.get("stories")) {
            for (JsonNode e : story.get("events")) {
                inInstances += e.get("mentions").size();
            }
        }
        assertThat(inInstances).isEqualTo(mentions);
        boolean kharkivStrike = false;
        for (JsonNode story : doc.get("stories")) {
            for (JsonNode e : story.get("events")) {
                kharkivStrike |= e.get("type").asText().equals("ASSAULT") && "LOC:kharkiv".equals(e.get("location").asText())
                        && e.get("articles").size() == 3 && e.get("sources").asInt() == 3;
            }
        }
        assertThat(kharkivStrike).as("one ASSAULT instance on Kharkiv from three articles and sources").isTrue();

        List<String> contradictions = new ArrayList<>();
        for (JsonNode c : doc.get("contradictions")) {
            List<String> sides = new ArrayList<>(List.of(titles.get(c.get("first").get("article").asText()),
                    titles.get(c.get("second").get("article").asText())));
            sides.sort(null);
            contradictions.add(c.get("kind").asText() + ": " + String.join(" | ", sides));
        }
        assertThat(contradictions).containsExactlyInAnyOrder(
                // "tien mensen" against "24 people" for the same strike, the same day
                "figures: Missile strike hits Kharkiv administration building | Raketaanval op centrum Charkiv",
                // the ministry denies the strike, and its spokesman says Russia did not strike
                "negated-event: Missiles hit fuel depot in Odesa | Moscow denies strike on Odesa",
                "negated-event: Missiles hit fuel depot in Odesa | Moscow denies strike on Odesa",
                "disputed-claim: Missiles hit fuel depot in Odesa | Moscow denies strike on Odesa",
                // the promised withdrawal, then shelling reported in English and in Dutch
                "broken-promise: Chernihiv shelled overnight despite Russian pledge | Russia pledges to pull back from Chernihiv",
                "broken-promise: Russia pledges to pull back from Chernihiv | Tsjernihiv opnieuw beschoten");
    }

    @Test
    void readsTheRecordsOfTheStore(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String data = dir.resolve("data").toString();
        assertThat(CliRun.of("ingest", CORPUS, "--data", data).exit()).isZero();
        CliRun run = CliRun.of("stories", "--data", data);
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("12 articles, 4 stories (4 with more than one article)");
        assertThat(CliRun.of("stories", "--data", dir.resolve("none").toString()).exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void tableSummarisesAndUnknownEventIsAUserError() {
        CliRun table = CliRun.of("stories", CORPUS);
        assertThat(table.exit()).isZero();
        assertThat(table.out()).startsWith("12 articles, 4 stories (4 with more than one article)");
        CliRun event = CliRun.of("event", "nope#v1", CORPUS);
        assertThat(event.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(event.err()).contains("no event nope#v1");
    }
}
