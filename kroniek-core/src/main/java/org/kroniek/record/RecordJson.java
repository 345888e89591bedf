package org.kroniek.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;

/** Reads and writes records in the contract's JSON shape. The mapper is shared and thread-safe. */
public final class RecordJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();
    private static final ObjectMapper PRETTY = MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT);

    private RecordJson() {
    }

    /** The shared mapper, configured for the record contract. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One record on one line, as JSON Lines want it. */
    public static String toLine(ArticleRecord record) {
        try {
            return MAPPER.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One record, indented for people. */
    public static String toPrettyJson(ArticleRecord record) {
        try {
            return PRETTY.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a record written by {@link #toLine} or {@link #toPrettyJson}. */
    public static ArticleRecord parse(String json) {
        try {
            return MAPPER.readValue(json, ArticleRecord.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
