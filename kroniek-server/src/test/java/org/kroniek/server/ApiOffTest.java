package org.kroniek.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiOffTest {
    @TempDir
    Path dir;

    @Test
    void withoutATokenIngestIsOff() throws Exception {
        try (TestServer server = new TestServer(dir, null)) {
            var r = server.post("/api/articles", "text/plain", "anything", "tekst".getBytes(StandardCharsets.UTF_8));
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body()).contains("KRONIEK_TOKEN");
        }
    }
}
