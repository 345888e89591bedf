package org.kroniek.server.ui;

import java.util.List;
import java.util.Map;
import org.kroniek.store.DocType;
import org.kroniek.store.SearchHit;
import org.kroniek.store.SearchQuery;
import org.kroniek.store.SearchResult;

/** The search page: a query form, facets to narrow by, and the hits, paged. */
final class SearchPage {
    private static final List<String[]> FACETS = List.of(
            new String[] {"type", "type", "Type"},
            new String[] {"event_type", "event_type", "Event type"},
            new String[] {"status", "status", "Claim status"},
            new String[] {"entity", "entity", "Entity"},
            new String[] {"place", "place", "Place"},
            new String[] {"month", null, "Month"});

    private SearchPage() {
    }

    static String render(SearchQuery q, Map<String, String> params, SearchResult result, long articles) {
        Html h = new Html();
        h.raw("<section class=\"search-head\"><h1>Search the record</h1>")
                .el("p", "muted", articles + " articles stored. Words must all match; use \"quotes\" for phrases.");
        form(h, q, params);
        active(h, params);
        h.raw("</section><div class=\"search-layout\"><aside class=\"facets\" aria-label=\"Facets\">");
        for (String[] f : FACETS) {
            facet(h, f, params, result.facets().getOrDefault(f[0], List.of()));
        }
        h.raw("</aside><section class=\"results\" aria-label=\"Results\">");
        h.raw("<p class=\"count\" id=\"result-count\" data-total=\"").text(result.total()).raw("\">")
                .text(result.total() + (result.total() == 1 ? " result" : " results")).raw("</p>");
        h.raw("<ol class=\"hits\">");
        for (SearchHit hit : result.results()) {
            hit(h, hit);
        }
        h.raw("</ol>");
        pager(h, q, params, result.total());
        h.raw("</section></div>");
        return Layout.page(q.text() == null ? "Search" : q.text(), "search", h.toString(), List.of(), List.of());
    }

    private static void form(Html h, SearchQuery q, Map<String, String> params) {
        h.raw("<form class=\"search-form\" action=\"/\" method=\"get\">")
                .raw("<input type=\"search\" name=\"q\" id=\"q\" aria-label=\"Search words\"").attr("value", q.text())
                .raw(" placeholder=\"e.g. Rode Kruis, Mariupol, &quot;hevig gebombardeerd&quot;\">")
                .raw("<select name=\"type\" aria-label=\"Type\">");
        option(h, "", "everything", q.type() == null);
        for (DocType t : DocType.values()) {
            option(h, t.label(), t == DocType.ENTITY ? "entities" : t.label() + "s", q.type() == t);
        }
        h.raw("</select><label>from <input type=\"date\" name=\"from\"").attr("value", q.from()).raw("></label>")
                .raw("<label>to <input type=\"date\" name=\"to\"").attr("value", q.to()).raw("></label>");
        for (String keep : List.of("place", "entity", "status", "event_type")) {
            if (params.containsKey(keep)) {
                h.raw("<input type=\"hidden\"").attr("name", keep).attr("value", params.get(keep)).raw(">");
            }
        }
        h.raw("<button type=\"submit\">Search</button></form>");
    }

    private static void option(Html h, String value, String label, boolean selected) {
        h.raw("<option").attr("value", value).raw(selected ? " selected>" : ">").text(label).raw("</option>");
    }

    private static void active(Html h, Map<String, String> params) {
        Map<String, String> shown = new java.util.LinkedHashMap<>(params);
        shown.keySet().removeAll(List.of("q", "offset", "limit"));
        if (shown.isEmpty()) {
            return;
        }
        h.raw("<div class=\"chips\">Filtered by ");
        shown.forEach((k, v) -> h.raw("<a class=\"chip\"").attr("href", Urls.query("/", Urls.with(without(params), k, null)))
                .attr("title", "remove this filter").raw(">").text(k.replace('_', ' ') + ": " + v).raw(" <span aria-hidden=\"true\">×</span></a>"));
        h.raw("</div>");
    }

    private static Map<String, String> without(Map<String, String> params) {
        return Urls.with(params, "offset", null);
    }

    private static void facet(Html h, String[] f, Map<String, String> params, List<SearchResult.FacetCount> counts) {
        if (counts.isEmpty()) {
            return;
        }
        h.raw("<section class=\"facet\"").attr("data-facet", f[0]).raw(">").el("h2", null, f[2]).raw("<ul>");
        for (SearchResult.FacetCount c : counts) {
            String href;
            boolean on;
            if (f[1] == null) {
                String from = c.value() + "-01";
                java.time.LocalDate start = java.time.LocalDate.parse(from);
                Map<String, String> p = Urls.with(without(params), "from", from);
                href = Urls.query("/", Urls.with(p, "to", start.plusMonths(1).minusDays(1).toString()));
                on = from.equals(params.get("from"));
            } else {
                on = c.value().equals(params.get(f[1]));
                href = Urls.query("/", Urls.with(without(params), f[1], on ? null : c.value()));
            }
            String cls = f[0].equals("status") ? "facet-value st-dot st-" + c.value() : "facet-value";
            h.raw("<li><a").attr("href", href).attr("class", cls + (on ? " on" : "")).attr("data-value", c.value()).raw(">")
                    .el("span", "label", c.value()).el("span", "n", c.count()).raw("</a></li>");
        }
        h.raw("</ul></section>");
    }

    private static void hit(Html h, SearchHit hit) {
        Map<String, Object> d = hit.data();
        h.raw("<li class=\"hit\"").attr("data-type", hit.type().label()).raw(">")
                .raw("<div class=\"hit-meta\">").el("span", "type-tag t-" + hit.type().label(), hit.type().label())
                .el("span", "date", hit.date() == null ? "undated" : hit.date()).raw("</div>");
        switch (hit.type()) {
            case ARTICLE -> {
                h.raw("<h3>").link(Urls.article(hit.id()), hit.title() == null ? "(untitled)" : hit.title()).raw("</h3>")
                        .el("p", "snippet", hit.snippet());
            }
            case CLAIM -> {
                List<String> st = strings(d.get("status"));
                h.raw("<blockquote").attr("class", "claim-quote st-" + Statuses.primary(st)).raw(">")
                        .link(Urls.articleAt(hit.article(), "claim-" + d.get("local")), hit.snippet()).raw("</blockquote>")
                        .raw("<p class=\"who\">").text(d.get("speaker")).raw(" <span class=\"muted\">(")
                        .text(d.get("speakerKind")).raw(")</span> ");
                Statuses.badges(h, st);
                h.raw("</p>");
                articleLine(h, hit);
            }
            case EVENT -> {
                h.raw("<h3>").link(Urls.articleAt(hit.article(), "event-" + d.get("local")),
                        d.get("eventType") + (d.get("location") == null ? "" : " · " + d.get("location"))).raw("</h3>")
                        .el("p", "snippet", hit.snippet());
                articleLine(h, hit);
            }
            case ENTITY -> {
                h.raw("<h3>").link(Urls.entity(hit.id()), d.get("name")).raw(" <span class=\"muted\">")
                        .text(d.get("entityType")).raw("</span></h3>");
                List<String> aliases = strings(d.get("aliases"));
                String also = aliases.isEmpty() ? "" : " · also " + String.join(", ", aliases);
                if (d.get("articles") instanceof Number n) {
                    h.el("p", "in-article", "named in " + n + (n.longValue() == 1 ? " article" : " articles") + also);
                } else {
                    h.el("p", "in-article", "named" + also);
                    articleLine(h, hit);
                }
            }
        }
        h.raw("</li>");
    }

    private static void articleLine(Html h, SearchHit hit) {
        h.raw("<p class=\"in-article\">in ").link(Urls.article(hit.article()), hit.title() == null ? "(untitled)" : hit.title())
                .raw("</p>");
    }

    private static void pager(Html h, SearchQuery q, Map<String, String> params, long total) {
        if (total <= q.limit()) {
            return;
        }
        h.raw("<nav class=\"pager\">");
        if (q.offset() > 0) {
            h.link(Urls.query("/", Urls.with(params, "offset", String.valueOf(Math.max(0, q.offset() - q.limit())))), "← previous");
        }
        h.el("span", "muted", (q.offset() + 1) + "–" + Math.min(total, q.offset() + q.limit()) + " of " + total);
        if (q.offset() + q.limit() < total) {
            h.link(Urls.query("/", Urls.with(params, "offset", String.valueOf(q.offset() + q.limit()))), "next →");
        }
        h.raw("</nav>");
    }

    static List<String> strings(Object o) {
        return o instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }
}
