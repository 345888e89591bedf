package org.kroniek.ingest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The first schema.org article object ({@code NewsArticle}, {@code Article}, {@code ReportageNews},
 * ...) in a page's JSON-LD scripts, looking inside arrays and {@code @graph}. Malformed JSON-LD is
 * ignored: pages carry plenty of it.
 */
public final class JsonLd {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLd() {
    }

    public static Optional<JsonNode> article(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                Optional<JsonNode> found = find(JSON.readTree(script.data()));
                if (found.isPresent()) {
                    return found;
                }
            } catch (IOException e) {
                // not JSON: the page's problem, not a reason to lose its article
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> find(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                Optional<JsonNode> f = find(n);
                if (f.isPresent()) {
                    return f;
                }
            }
            return Optional.empty();
        }
        if (!node.isObject()) {
            return Optional.empty();
        }
        if (isArticle(node.get("@type"))) {
            return Optional.of(node);
        }
        return find(node.get("@graph"));
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticle(t)) {
                    return true;
                }
            }
            return false;
        }
        String t = type.asText();
        return t.endsWith("Article") || t.equals("ReportageNews") || t.equals("BlogPosting") || t.equals("LiveBlogPosting");
    }

    /** A text value: a string, or the {@code name} of an object, or the first of an array. */
    public static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isArray()) {
            v = v.size() > 0 ? v.get(0) : null;
        }
        if (v == null) {
            return null;
        }
        if (v.isObject()) {
            JsonNode name = v.has("name") ? v.get("name") : v.get("@id");
            return name != null && name.isValueNode() ? name.asText() : null;
        }
        return v.isValueNode() ? v.asText() : null;
    }
}
