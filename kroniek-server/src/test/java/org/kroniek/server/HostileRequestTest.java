package org.kroniek.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requests written to break the server: query syntax, path traversal, wrong tokens. None may end in a 500 or leak a file. */
class HostileRequestTest {
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

    @Test
    void luceneQuerySyntaxIsSearchedSafely() throws Exception {
        String[] queries = {"title:(a OR", "*:*", "\"", "a*b*c*d*e*f*g*h*i*j*k*l*m*n*o*p*q*r*s*t*u*v*w*x*y*z*" + "a*".repeat(100),
            "(((((((((", "\\", "a AND OR NOT b", "text:/.*/", "~", "a~99", "[a TO", "{!lucene}", "^", "id:*", "?", "*"};
        for (String q : queries) {
            HttpResponse<String> r = server.get("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            assertThat(r.statusCode()).as(q).isIn(200, 400);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(q).startsWith("application/json");
            HttpResponse<String> page = server.get("/?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            assertThat(page.statusCode()).as("page " + q).isIn(200, 400);
        }
    }

    @Test
    void pathTraversalOnStaticRoutesFindsNothing() throws Exception {
        String[] paths = {"/static/../../etc/passwd", "/static/%2e%2e/%2e%2e/etc/passwd", "/static/..%2f..%2fetc%2fpasswd",
            "/static/%252e%252e/etc/passwd", "/webjars/../../../etc/passwd", "/static/..\\..\\etc\\passwd",
            "/static/../org/kroniek/server/KroniekServer.class", "/static/%2e%2e/KroniekServer.class"};
        for (String path : paths) {
            String response = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            String status = response.isEmpty() ? "" : response.substring(0, response.indexOf('\r'));
            assertThat(status).as(path).doesNotContain(" 200 ").doesNotContain(" 500 ");
            assertThat(response).as(path).doesNotContain("root:").doesNotContain("CAFEBABE").doesNotContain("\u00ca\u00fe\u00ba\u00be");
        }
    }

    @Test
    void wrongOrMalformedTokensAre401() throws Exception {
        byte[] text = "Kyiv werd dinsdag beschoten.".getBytes(StandardCharsets.UTF_8);
        for (String token : new String[] {"", " ", TestServer.TOKEN + "x", TestServer.TOKEN.substring(1), "Bearer", "\u00e9"}) {
            String request = "POST /api/articles HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: text/plain\r\n"
                    + "Authorization: Bearer " + token + "\r\nContent-Length: " + text.length + "\r\n\r\n"
                    + new String(text, StandardCharsets.UTF_8);
            assertThat(raw(request)).as("token '" + token + "'").startsWith("HTTP/1.1 401");
        }
        String basic = "POST /api/articles HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: text/plain\r\n"
                + "Authorization: Basic " + TestServer.TOKEN + "\r\nContent-Length: 1\r\n\r\na";
        assertThat(raw(basic)).startsWith("HTTP/1.1 401");
    }

    @Test
    void oversizedQueryStringsAreRefused() throws Exception {
        HttpResponse<String> r = server.get("/api/search?q=" + "a".repeat(20_000));
        assertThat(r.statusCode()).isBetween(400, 499);
        String huge = raw("GET /api/search?q=" + "b".repeat(200_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(huge).satisfiesAnyOf(s -> assertThat(s).isEmpty(), s -> assertThat(s).matches("(?s)HTTP/1.1 4\\d\\d.*"));
    }

    /** Sends bytes as they are, without the normalisation an HTTP client library would apply to the path. */
    private static String raw(String request) throws Exception {
        URI base = URI.create(server.url("/"));
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (java.net.SocketException e) {
            return "";
        }
    }
}
