package org.kroniek.merge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON export of a {@link StoryIndex}:
 * {@code {"stories": [{"id", "title", "articles", "outlets", "languages", "sources", "events": [...]}],
 * "figures": [...], "contradictions": [...]}}.
 */
public final class StoriesJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private StoriesJson() {
    }

    /** @return the index as an indented JSON document */
    public static String write(StoryIndex index) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("stories", index.stories());
        doc.put("figures", index.figureSeries());
        doc.put("contradictions", index.contradictions());
        return write(doc);
    }

    /** @return any export value (a story, an event instance) as indented JSON */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }
}
