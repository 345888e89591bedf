package org.kroniek.server.ui;

import java.util.List;
import java.util.Map;
import org.kroniek.server.api.StoryData;

/**
 * The story pages: the list of stories (largest first, with sources, merged events and
 * contradictions), and one story with its articles, merged events and their mentions, the figures
 * over time (a table, and a chart drawn by {@code /static/stories.js} from the API) and the
 * contradictions, every piece of evidence linking to its span on the article page.
 */
final class StoryPages {
    private StoryPages() {
    }

    static String list(StoryData.Page page, int minArticles) {
        Html h = new Html();
        h.raw("<section class=\"chart-head\"><h1>Stories</h1>")
                .el("p", "muted", "Articles about the same story across outlets and languages, with their events merged and "
                        + "independent sources counted (two articles of one outlet, or a wire copy, are one source).");
        h.raw("<form class=\"search-form\" action=\"/stories\" method=\"get\"><label>at least ")
                .raw("<input type=\"number\" name=\"min_articles\" min=\"1\"").attr("value", minArticles)
                .raw("> articles</label><button type=\"submit\">Show</button></form>");
        h.raw("<p class=\"count\" id=\"story-count\"").attr("data-total", page.total()).raw(">")
                .text(page.total() + " stories" + (page.total() == 0 ? "" : ", " + (page.offset() + 1) + "–"
                        + (page.offset() + page.stories().size()) + " shown"))
                .raw("</p></section>");
        h.raw("<div class=\"table-wrap\"><table class=\"ledger\" id=\"stories\"><thead><tr>")
                .raw("<th>Story</th><th>Articles</th><th>Sources</th><th>Events (merged)</th><th>Contradictions</th><th>Dates</th>")
                .raw("</tr></thead><tbody>");
        for (StoryData.Summary s : page.stories()) {
            h.raw("<tr").attr("data-story", s.id()).raw("><td class=\"claim-cell\">")
                    .link(s.url(), s.title() == null || s.title().isBlank() ? s.id() : s.title())
                    .raw("<div class=\"muted\">").text(String.join(", ", s.outlets()) + " · " + String.join(", ", s.languages()))
                    .raw("</div></td>")
                    .el("td", "n", s.articles()).el("td", "n", s.sources())
                    .el("td", "n", s.events() + " (" + s.mergedEvents() + ")")
                    .el("td", s.contradictions() > 0 ? "n clash" : "n", s.contradictions())
                    .el("td", "date", range(s.from(), s.to())).raw("</tr>");
        }
        h.raw("</tbody></table></div>");
        pager(h, page, minArticles);
        return Layout.page("Stories", "stories", h.toString(), List.of(), List.of());
    }

    private static void pager(Html h, StoryData.Page page, int minArticles) {
        h.raw("<nav class=\"pager\">");
        if (page.offset() > 0) {
            h.link(Urls.query("/stories", Map.of("min_articles", String.valueOf(minArticles),
                    "offset", String.valueOf(Math.max(0, page.offset() - page.limit())))), "← previous");
        }
        if (page.offset() + page.stories().size() < page.total()) {
            h.raw(" ").link(Urls.query("/stories", Map.of("min_articles", String.valueOf(minArticles),
                    "offset", String.valueOf(page.offset() + page.limit()))), "next →");
        }
        h.raw("</nav>");
    }

    static String detail(StoryData.Detail s) {
        Html h = new Html();
        h.raw("<section class=\"article-head\"><h1 class=\"story-title\">").text(s.title() == null ? s.id() : s.title()).raw("</h1>")
                .raw("<p class=\"meta\">").text(s.articles().size() + " articles · " + s.sources() + " independent sources ("
                        + String.join(", ", s.outlets()) + ") · " + String.join(", ", s.languages()) + " · " + range(s.from(), s.to()))
                .raw("</p>").el("p", "id muted", s.id()).raw("</section>");
        articles(h, s);
        events(h, s);
        figures(h, s);
        contradictions(h, s);
        return Layout.page(s.title() == null ? s.id() : s.title(), "stories", h.toString(), List.of(),
                List.of(ChartPages.ECHARTS, "/static/stories.js"));
    }

    private static void articles(Html h, StoryData.Detail s) {
        h.raw("<section class=\"panel\" id=\"story-articles\">").el("h2", null, "Articles (" + s.articles().size() + ")")
                .raw("<ul class=\"articles\">");
        for (StoryData.Article a : s.articles()) {
            h.raw("<li").attr("data-article", a.id()).raw(">").el("span", "muted", a.published() == null ? "undated" : a.published())
                    .raw(" ").link(a.url(), a.title() == null || a.title().isBlank() ? a.id() : a.title())
                    .el("span", "muted", " · " + (a.outlet() == null ? "" : a.outlet()) + (a.language() == null ? "" : " · " + a.language()))
                    .raw("</li>");
        }
        h.raw("</ul></section>");
    }

    private static void events(Html h, StoryData.Detail s) {
        h.raw("<section class=\"panel\" id=\"story-events\">").el("h2", null, "Events (" + s.events().size() + ")")
                .raw("<ol class=\"event-list\">");
        for (StoryData.Event e : s.events()) {
            h.raw("<li class=\"event-item\"").attr("data-event", e.id()).attr("data-sources", e.sources()).raw(">")
                    .el("span", "ev-tag", e.type().name())
                    .text(e.negated() ? " (said not to happen)" : e.hypothetical() ? " (possible or promised)" : "")
                    .raw(" ").el("span", "roles", role("by", s.name(e.actor())) + role("against", s.name(e.recipient())) + role("at", s.name(e.location()))
                            + role("on", e.dates()))
                    .raw(" ").el("strong", "sources", e.sources() + (e.sources() == 1 ? " source" : " sources"))
                    .el("span", "muted", " · " + e.articles().size() + (e.articles().size() == 1 ? " article" : " articles"))
                    .raw("<ul class=\"mentions\">");
            for (StoryData.Mention m : e.mentions()) {
                h.raw("<li>").el("span", "muted", m.outlet() + ": ").link(m.url(), "evidence", m.evidence()).raw("</li>");
            }
            h.raw("</ul></li>");
        }
        h.raw("</ol></section>");
    }

    private static void figures(Html h, StoryData.Detail s) {
        if (s.figures().isEmpty()) {
            return;
        }
        h.raw("<section class=\"panel\" id=\"story-figures\">").el("h2", null, "Figures over time")
                .raw("<div id=\"figure-chart\" class=\"chart\" role=\"img\" aria-label=\"Reported figures by date\"")
                .attr("data-src", "/api/stories/" + Urls.enc(s.id())).raw("></div>")
                .raw("<div class=\"table-wrap\"><table class=\"ledger\" id=\"figure-table\"><thead><tr>")
                .raw("<th>Place</th><th>Kind</th><th>Date</th><th>Figure</th><th>Who</th><th>Evidence</th></tr></thead><tbody>");
        for (StoryData.Series f : s.figures()) {
            for (StoryData.Point p : f.points()) {
                h.raw("<tr>").el("td", null, f.locationName()).el("td", "kind", f.kind()).el("td", "date", p.date())
                        .el("td", "n", figure(p.low(), p.high())).el("td", "speaker", p.speaker() == null ? p.outlet() : p.speaker())
                        .raw("<td class=\"claim-cell\">").link(p.url(), p.evidence()).raw("</td></tr>");
            }
        }
        h.raw("</tbody></table></div></section>");
    }

    private static void contradictions(Html h, StoryData.Detail s) {
        h.raw("<section class=\"panel\" id=\"story-contradictions\">").el("h2", null, "Contradictions (" + s.contradictions().size() + ")");
        if (s.contradictions().isEmpty()) {
            h.el("p", "muted", "No reports in this story contradict each other by Kroniek's rules.");
        }
        h.raw("<ol class=\"claim-list\">");
        for (StoryData.Clash c : s.contradictions()) {
            h.raw("<li class=\"claim-item\"").attr("data-kind", c.kind()).raw(">").el("span", "badge st-disputed", c.kind())
                    .raw(" ").text(c.reason()).raw("<ul>");
            for (StoryData.Side side : List.of(c.first(), c.second())) {
                h.raw("<li>").link(side.url(), "evidence", side.evidence()).raw("</li>");
            }
            h.raw("</ul></li>");
        }
        h.raw("</ol></section>");
    }

    private static String role(String label, String value) {
        return value == null ? "" : label + " " + value + " ";
    }

    static String figure(Long low, Long high) {
        if (high == null) {
            return "at least " + low;
        }
        return low == null || low.equals(high) ? String.valueOf(high) : low + "–" + high;
    }

    private static String range(String from, String to) {
        if (from == null) {
            return "undated";
        }
        return from.equals(to) || to == null ? from : from + " – " + to;
    }
}
