package org.kroniek.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Whatever bytes a file holds, reading it yields items, never an exception, and one-line messages. */
class RandomInputTest {
    private static final List<String> EXTENSIONS = List.of(".txt", ".jsonl", ".json", ".csv", ".html", ".rss", ".warc", ".dat");

    @Property(tries = 80)
    void randomBytesNeverThrow(@ForAll @Size(max = 400) byte[] bytes, @ForAll("extensions") String extension) throws IOException {
        check(bytes, extension);
    }

    @Property(tries = 80)
    void randomMarkupNeverThrows(@ForAll("markup") String text, @ForAll("extensions") String extension) throws IOException {
        check(text.getBytes(StandardCharsets.UTF_8), extension);
    }

    private static void check(byte[] bytes, String extension) throws IOException {
        Path dir = Files.createTempDirectory("kroniek-random");
        Path file = Files.write(dir.resolve("input" + extension), bytes);
        try (var items = Inputs.open(List.of(file.toString()), ReaderOptions.defaults().withLanguageDetector(t -> "und"))) {
            for (ReadItem item : items.toList()) {
                if (item instanceof ReadItem.Failure f) {
                    assertThat(f.describe()).doesNotContain("\n");
                } else if (item instanceof ReadItem.Found found) {
                    assertThat(found.article().text()).isNotEmpty();
                }
            }
        } finally {
            Files.delete(file);
            Files.delete(dir);
        }
    }

    @Provide
    Arbitrary<String> extensions() {
        return Arbitraries.of(EXTENSIONS);
    }

    @Provide
    Arbitrary<String> markup() {
        Arbitrary<String> pieces = Arbitraries.of("<p>", "</p>", "<item>", "</item>", "<rss>", "<feed>", "{", "}", "[", "]",
                "\"text\":", "\"", ",", "\n", "\n\n", "date 2022-03 ", "WARC/1.0\r\n", "Content-Length: 5\r\n", "\r\n",
                "Kyiv", "Київ", " ", "<![CDATA[", "]]>", "&lt;p&gt;", "text,title\n", "<script type=\"application/ld+json\">",
                "<description>", "</description>", "<h2>", "</h2>", "\u00e9", "\ud83d\ude00");
        return pieces.list().ofMaxSize(60).map(l -> String.join("", l));
    }
}
