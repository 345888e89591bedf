package org.kroniek.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kroniek demo} in a child process: ingests samples/, serves, and the seed is searchable. */
class DemoCommandTest {
    private static final Pattern URL = Pattern.compile("serving on (http://\\S+/)");

    @TempDir
    Path dir;

    @Test
    void demoServesTheSamples() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process p = new ProcessBuilder(java, "-Dkroniek.home=..", "-cp", System.getProperty("java.class.path"),
                "org.kroniek.cli.Main", "demo", "--port", "0", "--data", dir.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String url = null;
            StringBuilder seen = new StringBuilder();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                seen.append(line).append('\n');
                Matcher m = URL.matcher(line);
                if (m.find()) {
                    url = m.group(1);
                    break;
                }
            }
            assertThat(url).as("demo printed its URL; output was:\n" + seen).isNotNull();
            assertThat(seen).containsPattern("read (\\d+), new \\1, updated 0, duplicates 0, failed 0");
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> search = http.send(HttpRequest.newBuilder(URI.create(url + "api/search?q=gebouw+van+het+Rode+Kruis")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(search.body()).contains("\"total\":1");
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url + "?q=Rode+Kruis&type=article")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.body()).contains("2 results").contains("Rode Kruis").contains("De Russische president Vladimir Poetin");
        } finally {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }
}
