package org.kroniek.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.RecordJson;
import org.kroniek.server.ui.Urls;

/** The story API over the fixture records plus a three-article story committed after the index was built. */
class StoryApiTest {
    @TempDir
    static Path dir;
    static TestServer server;
    static String storyId;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(dir, TestServer.TOKEN);
        // the first read builds the story index; the commit below must update it
        assertThat(server.get("/api/stories").statusCode()).isEqualTo(200);
        for (ArticleRecord r : StoryFixtures.all()) {
            server.store.put(r);
        }
        server.store.commit();
        // the earliest article names the story: the first two share a day, so the smaller id
        String a = StoryFixtures.first().id();
        String b = StoryFixtures.second().id();
        storyId = "story:" + (a.compareTo(b) < 0 ? a : b);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return RecordJson.mapper().readTree(r.body());
    }

    @Test
    void listsStoriesLargestFirstWithCounts() throws Exception {
        JsonNode page = json(server.get("/api/stories?min_articles=2"));
        // the fixture records share local entity ids ("e1", ...), so they make a story of their own
        assertThat(page.get("total").asInt()).isEqualTo(2);
        JsonNode s = page.get("stories").get(0);
        assertThat(s.get("id").asText()).isEqualTo(storyId);
        assertThat(s.get("articles").asInt()).isEqualTo(3);
        assertThat(s.get("sources").asInt()).isEqualTo(3);
        assertThat(s.get("events").asInt()).isEqualTo(1);
        assertThat(s.get("mergedEvents").asInt()).isEqualTo(1);
        assertThat(s.get("contradictions").asInt()).isEqualTo(1);
        assertThat(s.get("from").asText()).isEqualTo("2022-04-04");
        assertThat(s.get("to").asText()).isEqualTo("2022-04-05");
        assertThat(s.get("url").asText()).isEqualTo("/stories/" + Urls.enc(storyId));
        JsonNode all = json(server.get("/api/stories?limit=2&offset=1"));
        assertThat(all.get("total").asInt()).isGreaterThan(2);
        assertThat(all.get("stories")).hasSize(2);
        assertThat(all.get("offset").asInt()).isEqualTo(1);
    }

    @Test
    void oneStoryLinksEveryPieceOfEvidence() throws Exception {
        HttpResponse<String> r = server.get("/api/stories/" + Urls.enc(storyId));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode s = json(r);
        List<String> articles = new ArrayList<>();
        s.get("articles").forEach(a -> articles.add(a.get("id").asText()));
        assertThat(articles).containsExactlyInAnyOrder(StoryFixtures.first().id(), StoryFixtures.second().id(),
                StoryFixtures.third().id());
        JsonNode event = s.get("events").get(0);
        assertThat(event.get("type").asText()).isEqualTo("ASSAULT");
        assertThat(event.get("location").asText()).isEqualTo("LOC:izium");
        assertThat(s.get("names").get("LOC:izium").asText()).isEqualTo("Izium");
        String page = server.get("/stories/" + Urls.enc(storyId)).body();
        assertThat(page).contains("at Izium").doesNotContain("LOC:izium");
        assertThat(event.get("sources").asInt()).isEqualTo(3);
        assertThat(event.get("mentions")).hasSize(3);
        assertThat(event.get("mentions").get(0).get("url").asText()).matches("/articles/[0-9a-f]+#event-v1");
        JsonNode series = s.get("figures").get(0);
        assertThat(series.get("kind").asText()).isEqualTo("killed");
        assertThat(series.get("locationName").asText()).isEqualTo("Izium");
        assertThat(series.get("points")).hasSize(2);
        assertThat(series.get("points").get(0).get("speaker").asText()).isEqualTo("Oleh Synyehubov");
        assertThat(series.get("points").get(0).get("url").asText()).endsWith("#figure-f1");
        JsonNode clash = s.get("contradictions").get(0);
        assertThat(clash.get("kind").asText()).isEqualTo("figures");
        assertThat(clash.get("reason").asText()).contains("8", "20-25");
        assertThat(clash.get("first").get("url").asText()).endsWith("#figure-f1");
        assertThat(clash.get("second").get("url").asText()).endsWith("#figure-f1");
    }

    @Test
    void eventAnswerNamesItsMergedInstanceAndStory() throws Exception {
        JsonNode e = json(server.get("/api/events/" + StoryFixtures.third().id() + "-v1"));
        assertThat(e.get("story").asText()).isEqualTo(storyId);
        assertThat(e.get("instance").get("sources").asInt()).isEqualTo(3);
        assertThat(e.get("instance").get("articles")).hasSize(3);
    }

    @Test
    void unknownStoryAndBadPagingAreClearErrors() throws Exception {
        HttpResponse<String> missing = server.get("/api/stories/story:nope");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).get("error").asText()).contains("no story with id 'story:nope'");
        HttpResponse<String> bad = server.get("/api/stories?limit=x");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("error").asText()).contains("'limit' is not a whole number");
        assertThat(server.get("/api/stories?min_articles=0").statusCode()).isEqualTo(400);
    }
}
