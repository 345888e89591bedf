package org.kroniek.ingest.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Deque;
import org.kroniek.ingest.ReadItem;
import org.kroniek.ingest.ReaderOptions;

/**
 * A JSON file holding an array of article objects (read one element at a time, so the array may
 * be larger than memory) or a single article object. Record numbers are array indexes. Broken
 * JSON ends the file with one failure at the element where it was found.
 */
public final class JsonArraySource extends ItemSource {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FallbackDecodingReader reader;
    private final ReaderOptions options;
    private JsonParser parser;
    private boolean single;
    private int record = -1;

    public JsonArraySource(String file, InputStream in, ReaderOptions options) {
        super(file);
        this.reader = new FallbackDecodingReader(in);
        this.options = options;
        watch(reader);
    }

    @Override
    protected boolean fill(Deque<ReadItem> out) throws IOException {
        if (parser == null) {
            parser = new JsonFactory(JSON).createParser(reader);
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                single = true;
            } else if (first != JsonToken.START_ARRAY) {
                out.add(new ReadItem.Failure(file, null, "not a JSON array or object"));
                return false;
            }
        }
        if (single) {
            if (record >= 0) {
                return false;
            }
            record = 0;
            add(parser.readValueAsTree(), out);
            return true;
        }
        record++;
        JsonToken next = parser.nextToken();
        if (next == null || next == JsonToken.END_ARRAY) {
            return false;
        }
        JsonNode node = parser.readValueAsTree();
        if (node == null || !node.isObject()) {
            out.add(new ReadItem.Failure(file, record, "not a JSON object"));
            return true;
        }
        add(node, out);
        return true;
    }

    private void add(JsonNode node, Deque<ReadItem> out) {
        RecordArticles.build(name -> JsonLinesSource.value(node, name), options.fields(), file, single ? null : record,
                options.maxTextChars(), out);
    }

    @Override
    protected Integer currentRecord() {
        return single || record < 0 ? null : record;
    }

    @Override
    public void close() throws IOException {
        if (parser != null) {
            parser.close();
        }
        reader.close();
    }
}
