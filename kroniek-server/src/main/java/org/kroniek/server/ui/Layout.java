package org.kroniek.server.ui;

import java.util.List;

/** The frame of every page: head, navigation bar, content, footer; scripts only from files. */
public final class Layout {
    private Layout() {
    }

    /**
     * @param active  the navigation entry to mark ({@code search}, {@code claims}, {@code stories}, {@code timeline}, {@code map})
     * @param styles  extra style sheets (paths on this server)
     * @param scripts script files (paths on this server), loaded deferred
     */
    public static String page(String title, String active, String body, List<String> styles, List<String> scripts) {
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .raw("<title>").text(title).raw(" · Kroniek</title>")
                .raw("<link rel=\"stylesheet\" href=\"/static/app.css\">");
        for (String s : styles) {
            h.raw("<link rel=\"stylesheet\"").attr("href", s).raw(">");
        }
        for (String s : scripts) {
            h.raw("<script defer").attr("src", s).raw("></script>");
        }
        h.raw("</head><body><header class=\"top\"><a class=\"brand\" href=\"/\">Kroniek</a><nav>");
        nav(h, active, "search", "/", "Search");
        nav(h, active, "claims", "/claims", "Claim ledger");
        nav(h, active, "stories", "/stories", "Stories");
        nav(h, active, "timeline", "/timeline", "Timeline");
        nav(h, active, "map", "/map", "Map");
        h.raw("</nav><form class=\"quick\" action=\"/\" method=\"get\" role=\"search\">")
                .raw("<input type=\"search\" name=\"q\" placeholder=\"Search the record…\" aria-label=\"Search\">")
                .raw("</form></header><main>").raw(body).raw("</main>")
                .raw("<footer>Kroniek · attributed, verifiable records of war and crisis reporting · ")
                .raw("<a href=\"/openapi.json\">API</a></footer></body></html>");
        return h.toString();
    }

    private static void nav(Html h, String active, String key, String href, String label) {
        h.raw("<a").attr("href", href).raw(key.equals(active) ? " class=\"active\" aria-current=\"page\">" : ">")
                .text(label).raw("</a>");
    }
}
