package org.kroniek.ingest.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.kroniek.ingest.ReadItem;

/**
 * The items of one input, read lazily. Subclasses add items a record at a time in
 * {@link #fill}; an exception ends the input with one failure naming the record being read, and
 * a decoder that fell back to windows-1252 adds one warning at the end.
 */
public abstract class ItemSource implements Iterator<ReadItem>, Closeable {
    protected final String file;
    private final Deque<ReadItem> queue = new ArrayDeque<>();
    private FallbackDecodingReader decoder;
    private boolean done;

    protected ItemSource(String file) {
        this.file = file;
    }

    /** Adds the next record's items to {@code out}; returns false when the input has no more. */
    protected abstract boolean fill(Deque<ReadItem> out) throws IOException;

    /** The record being read when a failure ends the input, or null for the whole file. */
    protected Integer currentRecord() {
        return null;
    }

    /** Registers the decoder whose fallback is to be reported. */
    protected final void watch(FallbackDecodingReader reader) {
        this.decoder = reader;
    }

    @Override
    public final boolean hasNext() {
        while (queue.isEmpty() && !done) {
            try {
                if (!fill(queue)) {
                    finish();
                }
            } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
                queue.add(new ReadItem.Failure(file, currentRecord(), Reasons.of(e)));
                finish();
            } catch (RuntimeException e) {
                // a reader bug met on this input: one failure line beats losing the rest of a long run
                queue.add(new ReadItem.Failure(file, currentRecord(), "cannot read (" + e + ")"));
                finish();
            }
        }
        return !queue.isEmpty();
    }

    @Override
    public final ReadItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return queue.poll();
    }

    private void finish() {
        done = true;
        if (decoder != null && decoder.fellBack()) {
            queue.add(new ReadItem.Warning(file, null, "not valid UTF-8; read as windows-1252"));
        }
        try {
            close();
        } catch (IOException e) {
            // reading is over; a failure to close changes nothing the user can act on
        }
    }
}
