package org.kroniek.ingest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Deque;
import org.kroniek.ingest.ReadItem;
import org.kroniek.ingest.ReaderOptions;

/**
 * JSON Lines: one article object a line; blank lines are skipped. Record numbers count lines
 * from 0. A malformed line, a line that is not an object or one without a text field is one
 * failure; the next line is read as usual.
 */
public final class JsonLinesSource extends ItemSource {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FallbackDecodingReader reader;
    private final LineReader lines;
    private final ReaderOptions options;
    private int line = -1;

    public JsonLinesSource(String file, InputStream in, ReaderOptions options) {
        super(file);
        this.reader = new FallbackDecodingReader(in);
        this.lines = new LineReader(reader, (int) Math.min(Integer.MAX_VALUE - 16, options.maxTextChars() * 2 + 65536));
        this.options = options;
        watch(reader);
    }

    @Override
    protected boolean fill(Deque<ReadItem> out) throws IOException {
        String text = lines.next();
        line++;
        if (text == null) {
            return false;
        }
        if (text == LineReader.OVERLONG) {
            out.add(new ReadItem.Failure(file, line, "line is larger than " + Limits.describe(options.maxTextChars())));
            return true;
        }
        if (text.isBlank()) {
            return true;
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            out.add(new ReadItem.Failure(file, line, "malformed JSON: " + e.getOriginalMessage()));
            return true;
        }
        if (node == null || !node.isObject()) {
            out.add(new ReadItem.Failure(file, line, "not a JSON object"));
            return true;
        }
        RecordArticles.build(name -> value(node, name), options.fields(), file, line, options.maxTextChars(), out);
        return true;
    }

    static String value(JsonNode object, String name) {
        String key = RecordArticles.matchName(object::fieldNames, name);
        if (key == null) {
            return null;
        }
        JsonNode v = object.get(key);
        if (v.isValueNode() && !v.isNull()) {
            return v.asText();
        }
        if (v.isObject()) {
            for (String sub : new String[] {"name", "title", "@value"}) {
                if (v.path(sub).isTextual()) {
                    return v.get(sub).asText();
                }
            }
        }
        return null;
    }

    @Override
    protected Integer currentRecord() {
        return line < 0 ? null : line;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
