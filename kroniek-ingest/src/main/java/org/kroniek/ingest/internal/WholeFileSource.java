package org.kroniek.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.kroniek.ingest.ReadItem;

/**
 * A format whose whole file is read before it is parsed: plain text, an HTML page, a feed. The
 * file may be at most {@code rawFactor} times the text limit (markup takes room).
 */
public final class WholeFileSource extends ItemSource {
    /** Parses a whole file's text into items. */
    @FunctionalInterface
    public interface Parser {
        List<ReadItem> parse(String content, String file) throws IOException;
    }

    private final FallbackDecodingReader reader;
    private final long maxChars;
    private final Parser parser;
    private boolean read;

    public WholeFileSource(String file, InputStream in, Optional<Charset> declared, long maxChars, Parser parser) {
        super(file);
        this.reader = declared.map(c -> new FallbackDecodingReader(in, c, false)).orElseGet(() -> new FallbackDecodingReader(in));
        this.maxChars = maxChars;
        this.parser = parser;
        watch(reader);
    }

    @Override
    protected boolean fill(Deque<ReadItem> out) throws IOException {
        if (read) {
            return false;
        }
        read = true;
        String content = BoundedText.readAll(reader, maxChars, "file");
        out.addAll(parser.parse(content, file));
        return true;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
