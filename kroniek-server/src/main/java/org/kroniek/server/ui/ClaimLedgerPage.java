package org.kroniek.server.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.kroniek.store.SearchHit;
import org.kroniek.store.SearchResult;

/**
 * The claim ledger: every matching claim in one table (speaker, kind, claim, status, date,
 * article), sortable by each column through links, so it works without scripts.
 */
final class ClaimLedgerPage {
    private static final List<String[]> COLUMNS = List.of(
            new String[] {"speaker", "Speaker"}, new String[] {"kind", "Kind"}, new String[] {"claim", "Claim"},
            new String[] {"status", "Status"}, new String[] {"date", "Date"}, new String[] {"article", "Article"});

    private ClaimLedgerPage() {
    }

    static String render(Map<String, String> params, SearchResult result, String sort, boolean desc) {
        String by = sort == null || COLUMNS.stream().noneMatch(c -> c[0].equals(sort)) ? "date" : sort;
        List<SearchHit> rows = new ArrayList<>(result.results());
        Comparator<SearchHit> cmp = Comparator.comparing(key(by), Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));
        rows.sort(desc ? cmp.reversed() : cmp);
        Html h = new Html();
        h.raw("<section class=\"ledger-head\"><h1>Claim ledger</h1>")
                .el("p", "muted", "Who claims what, and how sure anyone can be. " + result.total() + " claims"
                        + (result.total() > rows.size() ? " (first " + rows.size() + " shown)" : "") + ".");
        h.raw("<form class=\"search-form\" action=\"/claims\" method=\"get\">")
                .raw("<input type=\"search\" name=\"q\" aria-label=\"Words in the claim\" placeholder=\"words in the claim or speaker\"")
                .attr("value", params.get("q")).raw("><select name=\"status\" aria-label=\"Status\"><option value=\"\">any status</option>");
        for (String s : Statuses.ORDER) {
            h.raw("<option").attr("value", s).raw(s.equals(params.get("status")) ? " selected>" : ">").text(s).raw("</option>");
        }
        h.raw("</select><button type=\"submit\">Filter</button></form>");
        Statuses.legend(h);
        h.raw("</section><div class=\"table-wrap\"><table class=\"ledger\" id=\"ledger\"><thead><tr>");
        for (String[] c : COLUMNS) {
            boolean on = c[0].equals(by);
            boolean nextDesc = on && !desc;
            Map<String, String> p = Urls.with(Urls.with(params, "sort", c[0]), "dir", nextDesc ? "desc" : "asc");
            h.raw("<th").attr("aria-sort", on ? (desc ? "descending" : "ascending") : "none").raw(">")
                    .link(Urls.query("/claims", p), on ? "sorted" : null, c[1] + (on ? (desc ? " ▼" : " ▲") : "")).raw("</th>");
        }
        h.raw("</tr></thead><tbody>");
        for (SearchHit row : rows) {
            Map<String, Object> d = row.data();
            List<String> st = SearchPage.strings(d.get("status"));
            h.raw("<tr").attr("class", "st-row st-" + Statuses.primary(st)).raw(">");
            h.raw("<td class=\"speaker\">");
            if (d.get("speakerKey") != null) {
                h.link(Urls.entity(String.valueOf(d.get("speakerKey"))), String.valueOf(d.get("speaker")));
            } else {
                h.text(d.get("speaker"));
            }
            if (d.get("via") != null) {
                h.raw("<br><span class=\"muted\">via ").text(d.get("via")).raw("</span>");
            }
            h.raw("</td>").el("td", "kind", d.get("speakerKind"))
                    .raw("<td class=\"claim-cell\">").link(Urls.articleAt(row.article(), "claim-" + d.get("local")), row.snippet())
                    .raw("</td><td class=\"status\">");
            Statuses.badges(h, st);
            h.raw("</td>").el("td", "date", row.date() == null ? "" : row.date())
                    .raw("<td>").link(Urls.article(row.article()), row.title() == null ? "(untitled)" : row.title()).raw("</td></tr>");
        }
        h.raw("</tbody></table></div>");
        return Layout.page("Claim ledger", "claims", h.toString(), List.of(), List.of());
    }

    private static Function<SearchHit, String> key(String column) {
        return switch (column) {
            case "speaker" -> h -> str(h.data().get("speaker"));
            case "kind" -> h -> str(h.data().get("speakerKind"));
            case "claim" -> SearchHit::snippet;
            case "status" -> h -> String.valueOf(Statuses.ORDER.indexOf(Statuses.primary(SearchPage.strings(h.data().get("status")))));
            case "article" -> SearchHit::title;
            default -> SearchHit::date;
        };
    }

    private static String str(Object o) {
        return o == null ? null : String.valueOf(o).toLowerCase(Locale.ROOT);
    }
}
