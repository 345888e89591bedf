package org.kroniek.ingest.internal;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.kroniek.ingest.DatedTextReader;
import org.kroniek.ingest.Format;
import org.kroniek.ingest.Input;
import org.kroniek.ingest.ReadItem;
import org.kroniek.ingest.ReaderOptions;
import org.kroniek.record.Source;

/**
 * Reads inputs one after the other: opens each (looking through gzip), refuses empty and binary
 * files, picks the format (forced, by name, else sniffed) and hands the bytes to its reader.
 * Not thread-safe; one reading belongs to one consumer.
 */
public final class InputReading implements Iterator<ReadItem>, Closeable {
    private static final int HEAD_BYTES = 8192;
    /** An HTML page or feed may be this many times larger than the text limit: markup takes room. */
    private static final int MARKUP_FACTOR = 4;

    private final Iterator<Input> inputs;
    private final ReaderOptions options;
    private Iterator<ReadItem> current = List.<ReadItem>of().iterator();
    private Closeable open;

    public InputReading(List<Input> inputs, ReaderOptions options) {
        this.inputs = List.copyOf(inputs).iterator();
        this.options = options;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            closeCurrent();
            if (!inputs.hasNext()) {
                return false;
            }
            current = open(inputs.next());
        }
        return true;
    }

    @Override
    public ReadItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    private Iterator<ReadItem> open(Input input) {
        String name = input.name();
        if (input.problem() != null) {
            return failure(name, input.problem());
        }
        InputStream in = null;
        try {
            if (input.path() != null && !Files.isReadable(input.path())) {
                return failure(name, "cannot read (permission denied)");
            }
            InputStream raw = input.stream() != null ? input.stream()
                    : input.isStdin() ? new KeepOpen(System.in) : Files.newInputStream(input.path());
            in = new BufferedInputStream(raw, 1 << 16);
            if (isGzip(in)) {
                in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
            }
            in.mark(HEAD_BYTES);
            byte[] head = in.readNBytes(HEAD_BYTES);
            in.reset();
            if (head.length == 0) {
                in.close();
                return failure(name, "empty file");
            }
            Format format = options.format() != null ? options.format()
                    : Format.ofName(name).orElseGet(() -> Format.sniff(head, head.length));
            String binary = format == Format.WARC ? null : binaryReason(head);
            if (binary != null) {
                in.close();
                return failure(name, binary);
            }
            ItemSource source = source(format, name, in, head);
            open = source;
            return source;
        } catch (IOException | RuntimeException e) {
            closeQuietly(in);
            return failure(name, Reasons.of(e));
        }
    }

    private ItemSource source(Format format, String name, InputStream in, byte[] head) throws IOException {
        long max = options.maxTextChars();
        Optional<Charset> declared = Charsets.declared(head, head.length);
        switch (format) {
            case JSONL:
                return new JsonLinesSource(name, in, options);
            case JSON:
                return new JsonArraySource(name, in, options);
            case CSV:
                return new CsvSource(name, in, options);
            case WARC:
                return new WarcSource(name, in, options);
            case HTML:
                return new WholeFileSource(name, in, declared, max * MARKUP_FACTOR, (content, file) ->
                        List.of(ArticleChecks.check(HtmlArticles.parse(content, file, null, null), file, null, max)));
            case FEED:
                return new WholeFileSource(name, in, declared, max * MARKUP_FACTOR, (content, file) ->
                        FeedArticles.parse(content, file, max));
            case TEXT:
            default:
                return new WholeFileSource(name, in, Optional.empty(), max, (content, file) ->
                        List.of(ArticleChecks.check(DatedTextReader.read(content, Source.ofPath(file)), file, null, max)));
        }
    }

    private static boolean isGzip(InputStream in) throws IOException {
        in.mark(2);
        int a = in.read();
        int b = in.read();
        in.reset();
        return a == 0x1f && b == 0x8b;
    }

    /** Why {@code head} is not text, or null when it is. */
    static String binaryReason(byte[] head) {
        if (head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
            return "UTF-16 text is not supported; convert it to UTF-8";
        }
        int control = 0;
        for (byte b : head) {
            if (b == 0) {
                return "binary file, not text";
            }
            if (b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b) {
                control++;
            }
        }
        return control * 10 > head.length ? "binary file, not text" : null;
    }

    private static Iterator<ReadItem> failure(String name, String reason) {
        return List.<ReadItem>of(new ReadItem.Failure(name, null, reason)).iterator();
    }

    private void closeCurrent() {
        closeQuietly(open);
        open = null;
    }

    private static void closeQuietly(Closeable c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException e) {
                // nothing left to read from it
            }
        }
    }

    @Override
    public void close() {
        closeCurrent();
    }

    /** Standard input must stay open for whoever reads it next. */
    private static final class KeepOpen extends FilterInputStream {
        KeepOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
