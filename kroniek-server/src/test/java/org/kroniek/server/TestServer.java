package org.kroniek.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.Precision;
import org.kroniek.record.Published;
import org.kroniek.record.Source;
import org.kroniek.store.LuceneRecordStore;
import org.kroniek.store.fixtures.FixtureRecords;
import org.kroniek.text.ArticleId;

/** A server on a free port over a fresh store holding the fixture records. */
final class TestServer implements AutoCloseable {
    static final String TOKEN = "test-token-123";

    final LuceneRecordStore store;
    final KroniekServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    TestServer(Path dir, String token) throws IOException {
        store = LuceneRecordStore.open(dir);
        for (ArticleRecord r : FixtureRecords.all()) {
            store.put(r);
        }
        store.commit();
        server = KroniekServer.start(store, ServerConfig.of("127.0.0.1", 0, token), TestServer::plainText);
    }

    /** Stands in for the CLI's readers and pipeline: each line of a text body is an article, nothing is extracted. */
    private static ArticleAnalyzer.Analysis plainText(byte[] bytes, String type) {
        if (!type.equals("text/plain")) {
            throw new IllegalArgumentException("unsupported content type " + type);
        }
        List<ArticleRecord> records = new java.util.ArrayList<>();
        List<String> problems = new java.util.ArrayList<>();
        String[] lines = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                problems.add("line " + i + ": empty");
            } else {
                records.add(new ArticleRecord(ArticleId.of(lines[i]), Source.ofPath(null), null, "nl",
                        new Published("2022-03-21", Precision.DAY), lines[i], List.of(), List.of(), List.of(), List.of(),
                        List.of(), List.of(), List.of(), List.of()));
            }
        }
        return new ArticleAnalyzer.Analysis(records, problems);
    }

    String url(String path) {
        return server.url() + path.substring(1);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String contentType, String token, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws IOException {
        server.close();
        store.close();
    }
}
