package org.kroniek.server.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.Claim;
import org.kroniek.record.ClaimStatus;
import org.kroniek.record.Entity;
import org.kroniek.record.Event;
import org.kroniek.record.Figure;
import org.kroniek.record.TimeExpression;
import org.kroniek.store.DisplayTitle;
import org.kroniek.store.EntityKeys;

/**
 * An article: its text with claims (coloured by status), events and entities marked, and a side
 * panel listing the claims with speaker, relay and status, the events and the entities.
 */
final class ArticlePage {
    private ArticlePage() {
    }

    static String render(ArticleRecord r) {
        Map<String, Entity> entities = r.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity(), (a, b) -> a));
        Map<String, TimeExpression> times = r.times().stream()
                .filter(t -> t.id() != null).collect(Collectors.toMap(TimeExpression::id, Function.identity(), (a, b) -> a));
        Html h = new Html();
        h.raw("<article class=\"article-page\"><header class=\"article-head\">")
                .el("h1", "article-title", DisplayTitle.of(r)).raw("<p class=\"meta\">");
        if (r.published() != null) {
            h.el("span", "date", r.published().value() + " (" + r.published().precision().label() + ")");
        }
        if (r.language() != null) {
            h.el("span", "lang", r.language());
        }
        if (r.source() != null) {
            if (r.source().outlet() != null) {
                h.el("span", "outlet", r.source().outlet());
            }
            if (r.source().url() != null && r.source().url().matches("(?i)https?://.*")) {
                h.raw("<a class=\"src\" rel=\"noopener noreferrer nofollow\"").attr("href", r.source().url()).raw(">source</a>");
            } else if (r.source().path() != null) {
                h.el("span", "src", r.source().path());
            }
        }
        h.el("span", "id", "id " + r.id()).raw("</p>");
        Statuses.legend(h);
        h.raw("<p class=\"keys\"><span class=\"key-claim\">claim</span> <span class=\"key-event\">event</span> ")
                .raw("<span class=\"key-ent\">entity</span></p></header>");
        h.raw("<div class=\"article-layout\"><div class=\"article-text\" id=\"article-text\">")
                .raw(ArticleHighlighter.render(r)).raw("</div><aside class=\"side\">");
        claims(h, r, entities);
        events(h, r, entities, times);
        figures(h, r, entities);
        entities(h, r);
        if (!r.problems().isEmpty()) {
            h.raw("<section class=\"panel problems\">").el("h2", null, "Extraction problems").raw("<ul>");
            r.problems().forEach(p -> h.el("li", null, p));
            h.raw("</ul></section>");
        }
        h.raw("</aside></div></article>");
        return Layout.page(DisplayTitle.of(r), "", h.toString(), List.of(), List.of());
    }

    private static void claims(Html h, ArticleRecord r, Map<String, Entity> entities) {
        h.raw("<section class=\"panel\" id=\"claims-panel\">").el("h2", null, "Claims (" + r.claims().size() + ")");
        if (r.claims().isEmpty()) {
            h.el("p", "muted", "No claims found in this article.");
        }
        h.raw("<ol class=\"claim-list\">");
        for (Claim c : r.claims()) {
            List<String> st = c.status().stream().map(ClaimStatus::label).toList();
            h.raw("<li").attr("class", "claim-item st-" + Statuses.primary(st)).attr("data-claim", c.id()).raw(">")
                    .raw("<p class=\"who\">");
            Entity speaker = c.speaker().entity() == null ? null : entities.get(c.speaker().entity());
            if (speaker != null) {
                h.link(Urls.entity(EntityKeys.of(speaker)), "speaker", c.speaker().text());
            } else {
                h.el("span", "speaker", c.speaker().text());
            }
            h.raw(" <span class=\"muted\">").text(c.speaker().kind().label()).raw("</span>");
            if (c.via() != null) {
                Entity via = entities.get(c.via());
                h.raw(" <span class=\"via\">via ").text(via == null ? c.via() : via.name()).raw("</span>");
            }
            h.raw("</p><p class=\"claim-text\">").link("#claim-" + c.id(), (c.direct() ? "“" : "") + c.text()
                    + (c.direct() ? "”" : "")).raw("</p><p class=\"status\">");
            Statuses.badges(h, st);
            if (c.cue() != null) {
                h.raw(" <span class=\"cue\">cue: ").text(c.cue()).raw("</span>");
            }
            h.raw("</p></li>");
        }
        h.raw("</ol></section>");
    }

    private static void events(Html h, ArticleRecord r, Map<String, Entity> entities, Map<String, TimeExpression> times) {
        if (r.events().isEmpty()) {
            return;
        }
        h.raw("<section class=\"panel\" id=\"events-panel\">").el("h2", null, "Events (" + r.events().size() + ")").raw("<ol class=\"event-list\">");
        for (Event v : r.events()) {
            h.raw("<li class=\"event-item\"").attr("data-event", v.id()).raw(">").raw("<p>")
                    .link("#event-" + v.id(), "ev-tag ev-" + v.type().name().toLowerCase(java.util.Locale.ROOT), v.type().name());
            if (v.mode() != null) {
                h.raw(" ").el("span", "muted", v.mode());
            }
            if (v.negated()) {
                h.raw(" ").el("span", "badge", "negated");
            }
            if (v.hypothetical()) {
                h.raw(" ").el("span", "badge", "hypothetical");
            }
            h.raw("</p><p class=\"roles\">");
            role(h, "actor", entities.get(v.actor()));
            role(h, "recipient", entities.get(v.recipient()));
            role(h, "where", entities.get(v.location()));
            TimeExpression t = v.time() == null ? null : times.get(v.time());
            if (t != null) {
                h.raw("<span class=\"role\"><span class=\"muted\">when</span> ").text(t.value() == null ? t.text() : t.value())
                        .raw("</span>");
            }
            h.raw("</p><p class=\"status\">");
            Statuses.badges(h, v.status().stream().map(ClaimStatus::label).toList());
            h.raw("</p></li>");
        }
        h.raw("</ol></section>");
    }

    private static void role(Html h, String label, Entity e) {
        if (e != null) {
            h.raw("<span class=\"role\"><span class=\"muted\">").text(label).raw("</span> ")
                    .link(Urls.entity(EntityKeys.of(e)), e.name()).raw("</span>");
        }
    }

    private static void figures(Html h, ArticleRecord r, Map<String, Entity> entities) {
        if (r.figures().isEmpty()) {
            return;
        }
        h.raw("<section class=\"panel\">").el("h2", null, "Figures").raw("<ul class=\"figure-list\">");
        for (int i = 0; i < r.figures().size(); i++) {
            Figure f = r.figures().get(i);
            String range = (f.low() == null ? "?" : f.low()) + (f.high() == null ? "+" : f.high().equals(f.low()) ? "" : "–" + f.high());
            Entity where = f.location() == null ? null : entities.get(f.location());
            // the anchor is the figure's 1-based position, as stories name figures (f1, f2, ...)
            h.raw("<li").attr("id", "figure-f" + (i + 1)).raw(">").el("strong", null, range).raw(" ").text(f.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .raw(" ").text(f.unit() == null ? "" : f.unit().label())
                    .text(where == null ? "" : " in " + where.name()).raw(" — ").el("q", null, f.evidence().text()).raw("</li>");
        }
        h.raw("</ul></section>");
    }

    private static void entities(Html h, ArticleRecord r) {
        if (r.entities().isEmpty()) {
            return;
        }
        h.raw("<section class=\"panel\">").el("h2", null, "Entities (" + r.entities().size() + ")").raw("<ul class=\"entity-list\">");
        r.entities().stream().sorted(Comparator.comparing((Entity e) -> e.type().name()).thenComparing(Entity::name))
                .forEach(e -> h.raw("<li>").el("span", "ent-type ent-" + e.type().name().toLowerCase(java.util.Locale.ROOT), e.type().name())
                        .raw(" ").link(Urls.entity(EntityKeys.of(e)), e.name())
                        .el("span", "muted", " ×" + e.mentions().size() + (e.place() == null ? "" : " · geo " + e.place().precision()))
                        .raw("</li>"));
        h.raw("</ul></section>");
    }
}
