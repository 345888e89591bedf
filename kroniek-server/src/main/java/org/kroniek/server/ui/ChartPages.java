package org.kroniek.server.ui;

import java.util.List;
import java.util.Map;

/**
 * The timeline and map pages: a frame whose script (a static file) fetches the data from the
 * API with the page's own filters and draws it with ECharts or Leaflet.
 */
final class ChartPages {
    static final String ECHARTS = "/webjars/echarts/5.3.1/dist/echarts.min.js";
    static final String LEAFLET_JS = "/webjars/leaflet/1.9.4/dist/leaflet.js";
    static final String LEAFLET_CSS = "/webjars/leaflet/1.9.4/dist/leaflet.css";

    private ChartPages() {
    }

    static String timeline(Map<String, String> params) {
        Html h = new Html();
        h.raw("<section class=\"chart-head\"><h1>Timeline</h1>")
                .el("p", "muted", "Events per day, stacked by PLOVER type. Events known only to the month or year sit on its first day.");
        filters(h, "/timeline", params);
        h.raw("</section><div id=\"timeline\" class=\"chart\" role=\"img\" aria-label=\"Events per day by type\"")
                .attr("data-src", Urls.query("/api/timeline", params)).raw("></div>")
                .raw("<p class=\"muted\" id=\"timeline-note\"></p>");
        return Layout.page("Timeline", "timeline", h.toString(), List.of(), List.of(ECHARTS, "/static/timeline.js"));
    }

    static String map(Map<String, String> params) {
        Html h = new Html();
        h.raw("<section class=\"chart-head\"><h1>Map</h1>")
                .el("p", "muted", "Geocoded events and places. Country outlines are bundled; the map works offline.");
        filters(h, "/map", params);
        h.raw("<div class=\"legend map-legend\">")
                .raw("<span><i class=\"sym sym-event p1\"></i><i class=\"sym sym-place p1\"></i>the town itself</span>")
                .raw("<span><i class=\"sym sym-event p2\"></i><i class=\"sym sym-place p2\"></i>near a place / part of a region</span>")
                .raw("<span><i class=\"sym sym-event p3\"></i><i class=\"sym sym-place p3\"></i>only the region or country</span>")
                .raw("<span class=\"muted\">red: events · blue: places named</span></div>");
        h.raw("</section><div id=\"map\" class=\"map\"").attr("data-src", Urls.query("/api/map", params))
                .attr("data-world", "/static/world-110m.geojson").raw("></div>")
                .raw("<p class=\"muted\" id=\"map-note\"></p>");
        return Layout.page("Map", "map", h.toString(), List.of(LEAFLET_CSS), List.of(LEAFLET_JS, "/static/map.js"));
    }

    private static void filters(Html h, String action, Map<String, String> params) {
        h.raw("<form class=\"search-form\" method=\"get\"").attr("action", action).raw(">")
                .raw("<input type=\"search\" name=\"q\" aria-label=\"Words\" placeholder=\"words\"").attr("value", params.get("q"))
                .raw("><input type=\"text\" name=\"event_type\" aria-label=\"Event type\" placeholder=\"event type, e.g. ASSAULT\"")
                .attr("value", params.get("event_type"))
                .raw("><label>from <input type=\"date\" name=\"from\"").attr("value", params.get("from")).raw("></label>")
                .raw("<label>to <input type=\"date\" name=\"to\"").attr("value", params.get("to")).raw("></label>")
                .raw("<button type=\"submit\">Apply</button></form>");
    }
}
