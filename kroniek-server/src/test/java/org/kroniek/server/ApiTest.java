package org.kroniek.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.record.RecordJson;
import org.kroniek.server.api.SecurityHeaders;
import org.kroniek.store.fixtures.FixtureRecords;

class ApiTest {
    @TempDir
    static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(dir, TestServer.TOKEN);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return RecordJson.mapper().readTree(r.body());
    }

    @Test
    void searchAnswersTotalResultsAndFacets() throws Exception {
        HttpResponse<String> r = server.get("/api/search?q=Rode+Kruis&type=articles");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode body = json(r);
        assertThat(body.get("total").asLong()).isEqualTo(1);
        assertThat(body.get("results").get(0).get("id").asText()).isEqualTo(FixtureRecords.mariupol().id());
        assertThat(body.get("results").get(0).get("type").asText()).isEqualTo("article");
        assertThat(body.get("facets").has("status")).isTrue();
    }

    @Test
    void searchPagesAndFilters() throws Exception {
        JsonNode page = json(server.get("/api/search?type=claims&status=alleged&limit=2&offset=1"));
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("results")).hasSize(2);
    }

    @Test
    void limitsAreClear400s() throws Exception {
        HttpResponse<String> tooLong = server.get("/api/search?q=" + "a".repeat(501));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(json(tooLong).get("error").asText()).contains("query too long");
        HttpResponse<String> page = server.get("/api/search?limit=1000");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(json(page).get("error").asText()).contains("'limit' must be 0..100");
        assertThat(server.get("/api/search?type=tweets").statusCode()).isEqualTo(400);
        assertThat(server.get("/api/search?from=yesterday").statusCode()).isEqualTo(400);
    }

    @Test
    void readsArticlesEntitiesEventsAndClaims() throws Exception {
        String id = FixtureRecords.mariupol().id();
        JsonNode article = json(server.get("/api/articles/" + id));
        assertThat(article.get("id").asText()).isEqualTo(id);
        JsonNode claim = json(server.get("/api/claims/" + id + "-c1"));
        assertThat(claim.get("claim").get("status")).extracting(JsonNode::asText).containsExactlyInAnyOrder("alleged", "unverified");
        assertThat(claim.get("speaker").get("name").asText()).isEqualTo("Oekraïense autoriteiten");
        JsonNode event = json(server.get("/api/events/" + id + "-v1"));
        assertThat(event.get("location").get("place").get("lat").asDouble()).isEqualTo(47.0951);
        assertThat(event.get("claims").get(0).get("id").asText()).isEqualTo("c1");
        JsonNode putin = json(server.get("/api/entities/per-vladimir-putin"));
        assertThat(putin.get("aliases")).extracting(JsonNode::asText).contains("Poetin");
        assertThat(putin.get("mentions")).hasSize(2);
    }

    @Test
    void unknownIdsAreJson404s() throws Exception {
        for (String path : new String[] {"/api/articles/nope", "/api/claims/nope-c9", "/api/events/x", "/api/entities/per-x",
                "/api/nothing-here"}) {
            HttpResponse<String> r = server.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(json(r).get("status").asInt()).isEqualTo(404);
        }
    }

    @Test
    void ingestNeedsTheBearerToken() throws Exception {
        byte[] text = "date 2022-03-21 Een nieuw bericht over Kherson.".getBytes(StandardCharsets.UTF_8);
        assertThat(server.post("/api/articles", "text/plain", null, text).statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = server.post("/api/articles", "text/plain", "wrong", text);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        HttpResponse<String> ok = server.post("/api/articles", "text/plain; charset=utf-8", TestServer.TOKEN, text);
        assertThat(ok.statusCode()).isEqualTo(201);
        assertThat(json(ok).get("articles").get(0).get("result").asText()).isEqualTo("new");
        assertThat(server.post("/api/articles", "text/plain", TestServer.TOKEN, text).statusCode()).isEqualTo(200);
        assertThat(json(server.get("/api/search?q=Kherson")).get("total").asLong()).isEqualTo(1);
        HttpResponse<String> two = server.post("/api/articles", "text/plain", TestServer.TOKEN,
                "Eerste bericht uit Sumy.\n\nTweede bericht uit Sumy.".getBytes(StandardCharsets.UTF_8));
        assertThat(two.statusCode()).isEqualTo(201);
        assertThat(json(two).get("articles")).hasSize(2);
        assertThat(json(two).get("problems")).hasSize(1);
        HttpResponse<String> none = server.post("/api/articles", "text/plain", TestServer.TOKEN, "\n\n".getBytes(StandardCharsets.UTF_8));
        assertThat(none.statusCode()).isEqualTo(400);
    }

    @Test
    void ingestTakesRecordsAsJson() throws Exception {
        byte[] record = RecordJson.toLine(FixtureRecords.kharkiv()).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = server.post("/api/articles", "application/json", TestServer.TOKEN, record);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).get("articles").get(0).get("result").asText()).isEqualTo("unchanged");
        HttpResponse<String> bad = server.post("/api/articles", "application/json", TestServer.TOKEN,
                "{\"title\": 1}".getBytes(StandardCharsets.UTF_8));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("error").asText()).contains("'id' and 'text'");
    }

    @Test
    void oversizedBodiesAre413() throws Exception {
        byte[] big = new byte[(int) ServerConfig.DEFAULT_MAX_BODY_BYTES + 10];
        Arrays.fill(big, (byte) 'a');
        HttpResponse<String> r = server.post("/api/articles", "text/plain", TestServer.TOKEN, big);
        assertThat(r.statusCode()).isEqualTo(413);
    }

    @Test
    void securityHeadersEverywhereAndNoCors() throws Exception {
        for (String path : new String[] {"/", "/api/search", "/static/app.css", "/api/articles/nope"}) {
            HttpResponse<String> r = server.get(path);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).contains(SecurityHeaders.CSP);
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).as(path).isEmpty();
        }
    }

    @Test
    void pagesEscapeEverything() throws Exception {
        String page = server.get("/articles/" + FixtureRecords.hostile().id()).body();
        assertThat(page).doesNotContain("<script>window", "<img src=x", "<b>Corp");
        assertThat(page).contains("&lt;script&gt;window.__kroniekXss = 1;&lt;/script&gt;");
        assertThat(page).doesNotContainPattern("<script(?![^>]*src=\"/)");
        String search = server.get("/?q=payload").body();
        assertThat(search).doesNotContain("<script>window").contains("&lt;script&gt;");
    }
}
