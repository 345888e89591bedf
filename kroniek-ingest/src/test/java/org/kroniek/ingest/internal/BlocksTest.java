package org.kroniek.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.kroniek.text.Block;

class BlocksTest {
    @Test
    void blankLinesSeparateParagraphsAndLineBreaksWrap() {
        List<Block> blocks = PlainBlocks.split("Een zin die\ndoorloopt.\n\nKop zonder punt\n\nTweede alinea.");
        assertThat(blocks).containsExactly(new Block("Een zin die\ndoorloopt.", false),
                new Block("Kop zonder punt", true), new Block("Tweede alinea.", false));
    }

    @Test
    void withoutBlankLinesEachLineIsAParagraph() {
        assertThat(PlainBlocks.split("Eerste regel.\nTweede regel.")).hasSize(2);
    }

    @Test
    void headingRule() {
        assertThat(PlainBlocks.isHeading("Evacuation from the north")).isTrue();
        assertThat(PlainBlocks.isHeading("He said it was over.")).isFalse();
        assertThat(PlainBlocks.isHeading("* * *")).isFalse();
        assertThat(PlainBlocks.isHeading("x".repeat(121))).isFalse();
    }

    @Test
    void boldParagraphIsAHeading() {
        var page = Jsoup.parse("<body><p>First paragraph here.</p><p><strong>Evacuations stall</strong></p>"
                + "<p><b>Bold start</b> and a normal end.</p></body>");
        assertThat(HtmlBlocks.of(page.body(), null)).containsExactly(new Block("First paragraph here.", false),
                new Block("Evacuations stall", true), new Block("Bold start and a normal end.", false));
    }

    @Test
    void jsonLdArticleBodyStandsInForAScriptRenderedPage() {
        String html = "<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"H\", "
                + "\"articleBody\": \"The full text of the article, which the page itself renders with scripts.\\n\\nA second paragraph.\"}"
                + "</script></head><body><article><p>Loading...</p></article></body></html>";
        var a = HtmlArticles.parse(html, "page.html", null, null);
        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.text()).startsWith("The full text of the article");
    }

    @Test
    void htmlFurnitureAndLinkListsAreDropped() {
        var page = Jsoup.parse("<body><div class='content'><h1>Title</h1><p class='byline'>By someone</p>"
                + "<div class='social-share'>Share this</div><p>First <b>bold</b> paragraph.</p>"
                + "<ul><li><a href='/1'>Related one</a></li><li><a href='/2'>Related two</a></li></ul>"
                + "<h2>Sub</h2><p>Second<br>line after break.</p><aside>Aside</aside></div></body>");
        List<Block> blocks = HtmlBlocks.of(page.body(), "Title");
        assertThat(blocks).containsExactly(new Block("First bold paragraph.", false), new Block("Sub", true),
                new Block("Second", false), new Block("line after break.", false));
    }
}
