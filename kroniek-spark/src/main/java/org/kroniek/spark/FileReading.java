package org.kroniek.spark;

import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.kroniek.ingest.Input;
import org.kroniek.ingest.Inputs;
import org.kroniek.ingest.ReadItem;
import org.kroniek.ingest.ReaderOptions;
import org.kroniek.text.ArticleId;

/**
 * Reads one file's bytes with Kroniek's own readers ({@link Inputs#read} over
 * {@link Input#stream}), so that parsing, gzip handling, format sniffing and language detection
 * are the code the embedded path runs. Lazy: articles stream out as the file is read, and the
 * file is closed when the last one has been taken.
 */
final class FileReading implements Iterator<Piece> {
    private final int fileIndex;
    private final Stream<ReadItem> stream;
    private final Iterator<ReadItem> items;
    private int seq;
    private boolean closed;

    private FileReading(int fileIndex, Stream<ReadItem> stream) {
        this.fileIndex = fileIndex;
        this.stream = stream;
        this.items = stream.iterator();
    }

    /** The pieces of file {@code name} (its {@code index} in input order), read from {@code bytes}. */
    static Iterator<Piece> read(String name, int index, InputStream bytes, ReaderOptions options) {
        return new FileReading(index, Inputs.read(List.of(Input.stream(name, bytes)), options));
    }

    /** The one piece of a file that could not even be opened. */
    static Iterator<Piece> failure(String name, int index, String reason) {
        return List.of(Piece.error(index, 0, new ErrorRow(name, null, reason))).iterator();
    }

    @Override
    public boolean hasNext() {
        if (closed) {
            return false;
        }
        if (items.hasNext()) {
            return true;
        }
        closed = true;
        stream.close();
        return false;
    }

    @Override
    public Piece next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ReadItem item = items.next();
        int s = seq++;
        if (item instanceof ReadItem.Found f) {
            return Piece.article(ArticleId.of(f.article().text()), fileIndex, s, ArticleCodec.write(f.article()));
        }
        if (item instanceof ReadItem.Failure f) {
            return Piece.error(fileIndex, s, new ErrorRow(f.file(), f.record(), f.reason()));
        }
        ReadItem.Warning w = (ReadItem.Warning) item;
        return Piece.error(fileIndex, s, new ErrorRow(w.file(), w.record(), "warning: " + w.message()));
    }
}
