package org.kroniek.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kroniek.ingest.Fixtures.articles;
import static org.kroniek.ingest.Fixtures.failures;
import static org.kroniek.ingest.Fixtures.paragraph;
import static org.kroniek.ingest.Fixtures.read;
import static org.kroniek.ingest.Fixtures.warnings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kroniek.record.Precision;
import org.kroniek.record.Published;
import org.kroniek.text.Article;

/** Every reader on a small fixture of its format. */
class ReadersTest {
    @Test
    void datedTextHasDateHeadingsAndNoNote() {
        List<ReadItem> items = read("dated.txt");
        Article a = articles(items).get(0);
        assertThat(a.published()).isEqualTo(new Published("2022-03-09", Precision.DAY));
        assertThat(a.paragraphs()).hasSize(3);
        assertThat(paragraph(a, 0)).startsWith("Russian forces shelled Kharkiv");
        assertThat(a.paragraphs().get(1).heading()).isTrue();
        assertThat(paragraph(a, 1)).isEqualTo("Shelling in the north");
        assertThat(a.text()).doesNotContain("fixture");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.source().record()).isNull();
    }

    @Test
    void textWithoutBlankLinesHasOneParagraphPerLine() {
        Article a = articles(read("lines.txt")).get(0);
        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.published()).isNull();
        assertThat(a.language()).isEqualTo("nl");
    }

    @Test
    void jsonLinesReadsEveryGoodRecordAndNamesEveryBadOne() {
        List<ReadItem> items = read("mixed.jsonl");
        List<Article> found = articles(items);
        assertThat(found).extracting(Article::title).containsExactly("Eerste", "Second", "Slechte datum");
        Article first = found.get(0);
        assertThat(first.paragraphs()).hasSize(2);
        assertThat(first.published()).isEqualTo(new Published("2019-02-12", Precision.DAY));
        assertThat(first.source().record()).isEqualTo(0);
        Article second = found.get(1);
        assertThat(second.published()).isEqualTo(new Published("2022-03-30T14:05:00Z", Precision.DATETIME));
        assertThat(second.source().url()).isEqualTo("https://example.org/a");
        assertThat(second.source().outlet()).isEqualTo("Example Wire");
        assertThat(second.language()).isEqualTo("en");
        assertThat(second.source().record()).isEqualTo(6);
        assertThat(found.get(2).published()).isNull();
        assertThat(failures(items)).extracting(ReadItem.Failure::record).containsExactly(1, 2, 4, 5);
        assertThat(failures(items).get(0).reason()).startsWith("malformed JSON");
        assertThat(failures(items).get(1).reason()).startsWith("no text field");
        assertThat(failures(items).get(2).reason()).isEqualTo("no text");
        assertThat(failures(items).get(3).reason()).isEqualTo("not a JSON object");
        assertThat(warnings(items)).singleElement().satisfies(w -> assertThat(w.message()).contains("gisteren"));
    }

    @Test
    void jsonArrayAndSingleObject() {
        List<ReadItem> items = read("array.json", "single.json", "broken.json");
        assertThat(articles(items)).extracting(Article::title).containsExactly("Een", "Two", "Single", null);
        assertThat(articles(items)).extracting(a -> a.source().record()).containsExactly(0, 2, null, 0);
        assertThat(failures(items)).extracting(ReadItem.Failure::record).containsExactly(1, 1);
        assertThat(failures(items).get(0).reason()).isEqualTo("not a JSON object");
        assertThat(failures(items).get(1).file()).endsWith("broken.json");
    }

    @Test
    void configuredFieldNamesComeFirst() {
        ReaderOptions options = ReaderOptions.defaults().withFields(FieldNames.defaults().with("title", "summary"));
        Article a = articles(read(options, "press.csv")).get(0);
        assertThat(a.title()).isEqualTo("A summary.");
    }

    @Test
    void csvWithHeaderLikeThePressReleases() {
        List<Article> found = articles(read("press.csv"));
        assertThat(found).hasSize(2);
        Article a = found.get(0);
        assertThat(a.title()).isEqualTo("Meeting with the Security Council");
        assertThat(a.published()).isEqualTo(new Published("2022-03-04T15:00:00Z", Precision.DATETIME));
        assertThat(a.source().url()).isEqualTo("https://example.org/1");
        assertThat(a.paragraphs()).hasSize(2);
        assertThat(found.get(1).title()).isEqualTo("Address, evening");
        assertThat(found.get(1).source().record()).isEqualTo(1);
    }

    @Test
    void htmlPageWithoutNavigationOrFooter() {
        Article a = articles(read("same.html")).get(0);
        assertThat(a.title()).isEqualTo("Chernihiv");
        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.text()).doesNotContain("Home").doesNotContain("fixture");
        assertThat(a.published()).isEqualTo(new Published("2022-04-01", Precision.DAY));
        assertThat(a.language()).isEqualTo("en");
    }

    @Test
    void busyPageGivesOnlyTheStory() {
        Article a = articles(read("busy-page.html")).get(0);
        assertThat(a.title()).isEqualTo("Beschietingen Charkiv houden aan");
        assertThat(a.source().outlet()).isEqualTo("Voorbeeld Nieuws");
        assertThat(a.published()).isEqualTo(new Published("2022-03-07T11:20:00+01:00", Precision.DATETIME));
        assertThat(a.language()).isEqualTo("nl");
        assertThat(a.paragraphs()).hasSize(4);
        assertThat(paragraph(a, 0)).startsWith("De Oekraïense stad Charkiv");
        assertThat(paragraph(a, 2)).isEqualTo("Humanitaire corridors");
        assertThat(a.text()).doesNotContain("cookies", "Home", "Brand in Rotterdamse", "Lees ook", "nieuwsbrief", "testbestand");
    }

    @Test
    void atomFeedEntriesWithHtmlContent() {
        List<ReadItem> items = read("atom.xml");
        Article a = articles(items).get(0);
        assertThat(a.title()).isEqualTo("Angriff auf Bahnhof in Kramatorsk");
        assertThat(a.source().url()).isEqualTo("https://example.org/kramatorsk");
        assertThat(a.source().outlet()).isEqualTo("Beispiel-Nachrichten");
        assertThat(a.published()).isEqualTo(new Published("2022-04-08T12:00:00+02:00", Precision.DATETIME));
        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.text()).doesNotContain("<p>");
        assertThat(a.language()).isEqualTo("de");
        assertThat(failures(items)).singleElement().satisfies(f -> assertThat(f.record()).isEqualTo(1));
    }

    @Test
    void warcHtmlResponsesBecomeArticles() {
        for (String name : List.of("archive.warc", "archive.warc.gz")) {
            List<ReadItem> items = read(name);
            assertThat(failures(items)).isEmpty();
            Article a = articles(items).get(0);
            assertThat(articles(items)).hasSize(1);
            assertThat(a.source().url()).isEqualTo("https://exemple.example/kharkiv");
            assertThat(a.source().outlet()).isEqualTo("Exemple Info");
            assertThat(a.source().record()).isEqualTo(2);
            assertThat(a.title()).isEqualTo("Kharkiv sous les bombes");
            assertThat(a.published()).isEqualTo(new Published("2022-03-20T09:00:00+01:00", Precision.DATETIME));
            assertThat(a.language()).isEqualTo("fr");
            assertThat(a.paragraphs()).hasSize(2);
            assertThat(a.text()).doesNotContain("Accueil");
        }
    }

    private static List<ReadItem> sample(String name) {
        try (var s = Inputs.open(List.of(java.nio.file.Path.of("..", "samples", name).toString()), ReaderOptions.defaults())) {
            return s.toList();
        }
    }

    @Test
    void rssItemsFromContentEncodedOrEscapedDescription() {
        List<ReadItem> items = sample("ukraine-wire-en-2022-05.rss");
        assertThat(failures(items)).isEmpty();
        List<Article> found = articles(items);
        assertThat(found).hasSize(3);
        Article first = found.get(0);
        assertThat(first.paragraphs()).hasSize(3);
        assertThat(first.text()).startsWith("More than 260 Ukrainian fighters").doesNotContain("<p>");
        assertThat(first.published()).isEqualTo(new Published("2022-05-17T09:30:00Z", Precision.DATETIME));
        assertThat(first.source().outlet()).isEqualTo("Sample Wire");
        assertThat(first.source().url()).isEqualTo("https://samplewire.example/2022/05/17/azovstal");
        assertThat(first.language()).isEqualTo("en");
        Article second = found.get(1);
        assertThat(second.paragraphs()).hasSize(2);
        assertThat(second.text()).doesNotContain("&lt;").doesNotContain("<p>");
        assertThat(found).extracting(a -> a.source().record()).containsExactly(0, 1, 2);
    }

    @Test
    void htmlSamplePageLosesBylineShareButtonsRelatedLinksAndFooter() {
        Article a = articles(sample("kyiv-suburbs-nl-2022-04-02.html")).get(0);
        assertThat(a.title()).isEqualTo("Oekraïne herovert gebied rond Kyiv, sporen van zware gevechten in Boetsja");
        assertThat(a.source().outlet()).isEqualTo("De Voorbeeldkrant");
        assertThat(a.source().url()).isEqualTo("https://voorbeeldkrant.example/buitenland/kyiv-herovert");
        assertThat(a.published()).isEqualTo(new Published("2022-04-02T18:45:00+02:00", Precision.DATETIME));
        assertThat(a.paragraphs()).hasSize(5);
        assertThat(a.paragraphs().get(2).heading()).isTrue();
        assertThat(a.text()).doesNotContain("Voorpagina", "Door de buitenlandredactie", "Deel op", "Liveblog",
                "Voorbeeldtekst", "©");
    }

    @Test
    void gzipIsReadTransparently() {
        Article a = articles(read("zipped.txt.gz")).get(0);
        assertThat(a.text()).startsWith("Een gecomprimeerd artikel over Mykolajiv");
        assertThat(a.published().value()).isEqualTo("2022-03-10");
    }
}
