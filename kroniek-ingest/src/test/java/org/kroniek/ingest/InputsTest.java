package org.kroniek.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kroniek.ingest.Fixtures.articles;
import static org.kroniek.ingest.Fixtures.read;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.text.Article;
import org.kroniek.text.ArticleId;

class InputsTest {
    @Test
    void directoriesAreReadRecursivelyInOrderSkippingHiddenAndUnknownFiles() {
        List<Input> inputs = Inputs.resolve(List.of(Fixtures.path("tree").toString()));
        assertThat(inputs).extracting(i -> i.path().getFileName().toString()).containsExactly("a.txt", "b.txt");
    }

    @Test
    void aDirectoryWithoutArticlesIsNamed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("notes.md"), "# notes");
        assertThat(Inputs.resolve(List.of(dir.toString()))).singleElement()
                .satisfies(i -> assertThat(i.problem()).isEqualTo("directory holds no file in a known format"));
    }

    @Test
    void globsMatchFiles() {
        String glob = Fixtures.path("tree").toString() + "/**/*.txt";
        assertThat(Inputs.resolve(List.of(glob))).extracting(i -> i.path().getFileName().toString())
                .containsExactly("b.txt");
        String flat = Fixtures.path("tree").toString() + "/*.txt";
        assertThat(Inputs.resolve(List.of(flat))).extracting(i -> i.path().getFileName().toString())
                .containsExactly("a.txt");
    }

    @Test
    void sameArticleFromThreeFormatsHasOneId() {
        List<Article> found = articles(read("same.txt", "same.html", "same.jsonl"));
        assertThat(found).hasSize(3);
        assertThat(found).extracting(a -> ArticleId.of(a.text())).containsOnly(ArticleId.of(found.get(0).text()));
    }

    @Test
    void standardInputIsSniffed() {
        InputStream saved = System.in;
        try {
            String jsonl = "{\"title\": \"Stdin\", \"text\": \"Officials in Odesa said the port was shelled overnight.\"}\n";
            System.setIn(new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)));
            List<ReadItem> items;
            try (var s = Inputs.open(List.of("-"), ReaderOptions.defaults())) {
                items = s.toList();
            }
            Article a = articles(items).get(0);
            assertThat(a.title()).isEqualTo("Stdin");
            assertThat(a.source().path()).isEqualTo("-");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void streamsFromElsewhereAreReadLikeFiles() {
        byte[] page = "<html><body><article><p>The mayor of Kharkiv said on Friday that the metro would reopen.</p></article></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        List<ReadItem> items;
        try (var s = Inputs.read(List.of(Input.stream("upload.html", new ByteArrayInputStream(page))), ReaderOptions.defaults())) {
            items = s.toList();
        }
        Article a = articles(items).get(0);
        assertThat(a.source().path()).isEqualTo("upload.html");
        assertThat(a.language()).isEqualTo("en");
    }

    @Test
    void formatsByNameOrExtension() {
        assertThat(Format.parse("feed")).isEqualTo(Format.FEED);
        assertThat(Format.parse("rss")).isEqualTo(Format.FEED);
        assertThat(Format.parse("TXT")).isEqualTo(Format.TEXT);
        assertThat(Format.ofName("a.warc.gz")).contains(Format.WARC);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Format.parse("pdf"))
                .hasMessageContaining("unknown input format 'pdf'");
    }

    @Test
    void unknownExtensionIsSniffed(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("page.dat");
        Files.writeString(page, "<!doctype html><html><body><article><p>Kyiv said on Monday that the convoy had reached Mariupol.</p></article></body></html>");
        Path feed = dir.resolve("feed.dat");
        Files.writeString(feed, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><item><title>A</title>"
                + "<description>The convoy reached Zaporizhzhia on Tuesday, officials said.</description></item></channel></rss>");
        List<ReadItem> items;
        try (var s = Inputs.open(List.of(page.toString(), feed.toString()), ReaderOptions.defaults())) {
            items = s.toList();
        }
        assertThat(articles(items)).extracting(Article::text).containsExactly(
                "Kyiv said on Monday that the convoy had reached Mariupol.",
                "The convoy reached Zaporizhzhia on Tuesday, officials said.");
    }

    @Test
    void readerLanguageWinsWhenValidElseDetectorDecides() {
        ReaderOptions fixed = ReaderOptions.defaults().withLanguageDetector(text -> "xx");
        List<Article> found = articles(read(fixed, "mixed.jsonl"));
        assertThat(found).extracting(Article::language).containsExactly("xx", "en", "xx");
    }

    @Test
    void sinkReceivesArticlesFailuresAndWarnings() {
        List<String> seen = new ArrayList<>();
        Inputs.read(List.of(Fixtures.path("mixed.jsonl").toString()), ReaderOptions.defaults(), new ArticleSink() {
            @Override
            public void article(Article article) {
                seen.add("article " + article.source().record());
            }

            @Override
            public void failure(String file, Integer record, String reason) {
                seen.add("failure " + record);
            }

            @Override
            public void warning(String file, Integer record, String message) {
                seen.add("warning " + record);
            }
        });
        assertThat(seen).containsExactly("article 0", "failure 1", "failure 2", "failure 4", "failure 5",
                "article 6", "warning 7", "article 7");
    }
}
