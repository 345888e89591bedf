package org.kroniek.server.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Links between pages, with every path segment and query value encoded. */
public final class Urls {
    private Urls() {
    }

    public static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static String article(String id) {
        return "/articles/" + enc(id);
    }

    /** The article page scrolled to a claim or event ({@code local} such as {@code c1}). */
    public static String articleAt(String articleId, String local) {
        return article(articleId) + "#" + enc(local);
    }

    public static String entity(String key) {
        return "/entities/" + enc(key);
    }

    /** {@code path?k=v&...} for the non-blank values, in order. */
    public static String query(String path, Map<String, String> params) {
        StringBuilder b = new StringBuilder(path);
        char sep = '?';
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (e.getValue() != null && !e.getValue().isBlank()) {
                b.append(sep).append(enc(e.getKey())).append('=').append(enc(e.getValue()));
                sep = '&';
            }
        }
        return b.toString();
    }

    /** A copy of {@code params} with {@code key} set to {@code value} (removed when null). */
    public static Map<String, String> with(Map<String, String> params, String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(params);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return copy;
    }
}
