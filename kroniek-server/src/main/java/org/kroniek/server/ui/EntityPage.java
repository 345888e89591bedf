package org.kroniek.server.ui;

import java.util.List;
import org.kroniek.store.EntityProfile;
import org.kroniek.store.SearchHit;

/**
 * One canonical entity: its name, the names it goes by in every language, its mentions over
 * time, the claims it makes and the articles that mention it.
 */
final class EntityPage {
    private EntityPage() {
    }

    static String render(EntityProfile p) {
        Html h = new Html();
        h.raw("<section class=\"entity-head\">").el("p", "ent-type ent-" + p.type().toLowerCase(java.util.Locale.ROOT), p.type())
                .el("h1", "entity-name", p.name()).raw("<p class=\"meta\">");
        if (p.country() != null) {
            h.el("span", null, "country " + p.country());
        }
        if (p.place() != null) {
            h.el("span", null, "at " + p.place().get("lat") + ", " + p.place().get("lon") + " (geo precision "
                    + p.place().get("precision") + ")");
        }
        h.el("span", "muted", "key " + p.key()).raw("</p></section><div class=\"entity-layout\"><div>");
        h.raw("<section class=\"panel\">").el("h2", null, "Also written as");
        if (p.aliases().isEmpty()) {
            h.el("p", "muted", "No other names seen.");
        } else {
            h.raw("<ul class=\"aliases\">");
            p.aliases().forEach(a -> h.el("li", null, a));
            h.raw("</ul>");
        }
        h.raw("</section><section class=\"panel\">").el("h2", null, "Mentions over time").raw("<table class=\"mentions\"><tbody>");
        long max = p.mentions().stream().mapToLong(EntityProfile.DateCount::count).max().orElse(1);
        for (EntityProfile.DateCount d : p.mentions()) {
            h.raw("<tr>").el("td", "date", d.date()).raw("<td><meter min=\"0\"").attr("max", max).attr("value", d.count())
                    .raw("></meter></td>").el("td", "n", d.count()).raw("</tr>");
        }
        h.raw("</tbody></table></section></div><div>");
        h.raw("<section class=\"panel\">").el("h2", null, "Claims made (" + p.claims().size() + ")");
        if (p.claims().isEmpty()) {
            h.el("p", "muted", "No claims attributed to this entity.");
        }
        h.raw("<ol class=\"claim-list\">");
        for (SearchHit c : p.claims()) {
            List<String> st = SearchPage.strings(c.data().get("status"));
            h.raw("<li").attr("class", "claim-item st-" + Statuses.primary(st)).raw("><p class=\"claim-text\">")
                    .link(Urls.articleAt(c.article(), "claim-" + c.data().get("local")), c.snippet()).raw("</p><p class=\"status\">");
            Statuses.badges(h, st);
            h.raw(" <span class=\"muted\">").text(c.date() == null ? "" : c.date()).raw("</span></p></li>");
        }
        h.raw("</ol></section><section class=\"panel\">").el("h2", null, "Articles (" + p.articles().size() + ")").raw("<ul class=\"articles\">");
        for (SearchHit a : p.articles()) {
            h.raw("<li>").el("span", "date", a.date() == null ? "undated" : a.date()).raw(" ")
                    .link(Urls.article(a.article()), a.title() == null ? "(untitled)" : a.title()).raw("</li>");
        }
        h.raw("</ul></section></div></div>");
        return Layout.page(p.name(), "", h.toString(), List.of(), List.of());
    }
}
