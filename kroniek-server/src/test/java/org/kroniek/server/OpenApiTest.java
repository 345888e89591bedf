package org.kroniek.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kroniek.record.RecordJson;
import org.kroniek.server.api.ApiRoutes;
import org.kroniek.server.api.Route;
import org.kroniek.server.api.IngestHandler;

/** Every API route is documented in openapi.json, and the document names no route that does not exist. */
class OpenApiTest {
    @Test
    void everyRouteIsDocumentedAndNoOther() throws Exception {
        JsonNode doc;
        try (InputStream in = ApiRoutes.class.getResourceAsStream("/org/kroniek/server/openapi.json")) {
            doc = RecordJson.mapper().readTree(in);
        }
        var routes = new ApiRoutes(null, ServerConfig.of(null, 0, null), new IngestHandler(null, null, null)).routes();
        int documented = 0;
        for (Route r : routes) {
            JsonNode path = doc.get("paths").get(r.path());
            assertThat(path).as("openapi.json documents " + r.path()).isNotNull();
            assertThat(path.has(r.method().name().toLowerCase(Locale.ROOT))).as(r.method() + " " + r.path()).isTrue();
        }
        for (var it = doc.get("paths").fields(); it.hasNext(); ) {
            var e = it.next();
            for (var m = e.getValue().fieldNames(); m.hasNext(); ) {
                String method = m.next();
                documented++;
                assertThat(routes).as("a route for documented " + method + " " + e.getKey())
                        .anyMatch(r -> r.path().equals(e.getKey()) && r.method().name().equalsIgnoreCase(method));
            }
        }
        assertThat(documented).isEqualTo(routes.size());
    }
}
