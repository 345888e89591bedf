package org.kroniek.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.kroniek.store.fixtures.FixtureRecords;

class ArticleHighlighterTest {
    @Test
    void marksClaimsEventsAndEntitiesWellNested() {
        String html = ArticleHighlighter.render(FixtureRecords.mariupol());
        var doc = Jsoup.parseBodyFragment(html);
        var claim = doc.select("mark.claim[data-claim=c1]");
        assertThat(claim).isNotEmpty();
        assertThat(claim.first().id()).isEqualTo("claim-c1");
        assertThat(claim.first().attr("data-status")).isEqualTo("alleged unverified");
        assertThat(claim.first().hasClass("st-unverified")).isTrue();
        assertThat(claim.stream().map(org.jsoup.nodes.Element::wholeText).collect(java.util.stream.Collectors.joining())).isEqualTo(
                "Woensdag zou een gebouw van het Rode Kruis zijn aangevallen en vernietigd");
        assertThat(doc.select("mark.claim[data-claim=c1] span.event[data-event=v1] a.ent-org").text()).isEqualTo("Rode Kruis");
        assertThat(doc.select("p")).hasSize(4);
        assertThat(doc.text().replace(" ", "")).isEqualTo(FixtureRecords.mariupol().text().replaceAll("\\s", ""));
    }

    @Test
    void escapesEveryPieceOfText() {
        String html = ArticleHighlighter.render(FixtureRecords.hostile());
        assertThat(html).doesNotContain("<script", "<img", "<b>");
        var doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("script, img, b")).isEmpty();
        assertThat(doc.text()).contains("<script>window.__kroniekXss = 1;</script>", "<img src=x onerror=");
    }
}
