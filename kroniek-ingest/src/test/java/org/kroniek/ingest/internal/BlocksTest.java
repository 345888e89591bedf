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
