package org.kroniek.server.api;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kroniek.server.ServerConfig;
import org.kroniek.store.DocType;
import org.kroniek.store.SearchQuery;

/**
 * Reads a search from query parameters ({@code q type from to place entity status event_type
 * offset limit}), checking each against the server's limits; a bad value is a 400 naming it.
 */
public final class SearchParams {
    /** The parameter names, in the order links write them. */
    public static final List<String> NAMES = List.of("q", "type", "from", "to", "place", "entity", "status",
            "event_type", "offset", "limit");
    private static final int MAX_OFFSET = 10_000;
    private static final int MAX_FILTER_CHARS = 200;

    private SearchParams() {
    }

    /** The non-blank search parameters of a request, for links that keep them. */
    public static Map<String, String> of(Context ctx) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String name : NAMES) {
            String v = ctx.queryParam(name);
            if (v != null && !v.isBlank()) {
                params.put(name, v);
            }
        }
        return params;
    }

    public static SearchQuery parse(Context ctx, ServerConfig config, int defaultLimit) {
        String q = ctx.queryParam("q");
        if (q != null && q.length() > config.maxQueryChars()) {
            throw new BadRequestResponse("query too long: " + q.length() + " characters, at most "
                    + config.maxQueryChars());
        }
        DocType type = null;
        String t = blankToNull(ctx.queryParam("type"));
        if (t != null && !t.equals("all")) {
            try {
                type = DocType.parse(t);
            } catch (IllegalArgumentException e) {
                throw new BadRequestResponse(e.getMessage());
            }
        }
        int limit = integer(ctx, "limit", defaultLimit, 0, config.maxPageSize());
        int offset = integer(ctx, "offset", 0, 0, MAX_OFFSET);
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw new BadRequestResponse("'to' (" + to + ") is before 'from' (" + from + ")");
        }
        return new SearchQuery(blankToNull(q), type, from, to, filter(ctx, "place"), filter(ctx, "entity"),
                filter(ctx, "status"), filter(ctx, "event_type"), offset, limit);
    }

    private static String filter(Context ctx, String name) {
        String v = blankToNull(ctx.queryParam(name));
        if (v != null && v.length() > MAX_FILTER_CHARS) {
            throw new BadRequestResponse("'" + name + "' too long: at most " + MAX_FILTER_CHARS + " characters");
        }
        return v;
    }

    /** An integer query parameter in {@code min..max}; a bad value is a 400 naming it. */
    public static int integer(Context ctx, String name, int dflt, int min, int max) {
        String v = blankToNull(ctx.queryParam(name));
        if (v == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) {
                throw new BadRequestResponse("'" + name + "' must be " + min + ".." + max + ": " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("'" + name + "' is not a whole number: " + v);
        }
    }

    private static LocalDate date(Context ctx, String name) {
        String v = blankToNull(ctx.queryParam(name));
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse("'" + name + "' is not a date (YYYY-MM-DD): " + v);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
