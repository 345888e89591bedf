package org.kroniek.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes bytes strictly as UTF-8 and, from the first byte sequence that is not UTF-8, as
 * windows-1252 (a superset of ISO-8859-1's printable range): what came before was valid UTF-8,
 * what follows is most likely a Western single-byte encoding. {@link #fellBack()} says whether
 * that happened. A byte order mark at the start is dropped. Not thread-safe.
 */
public final class FallbackDecodingReader extends Reader {
    static final Charset FALLBACK = Charset.forName("windows-1252");

    private final InputStream in;
    private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024);
    private CharsetDecoder decoder;
    private boolean eof;
    private boolean flushed;
    private boolean fellBack;
    private boolean started;

    public FallbackDecodingReader(InputStream in) {
        this(in, StandardCharsets.UTF_8, true);
    }

    /** A reader for a declared charset; falls back to windows-1252 only when {@code strict}. */
    public FallbackDecodingReader(InputStream in, Charset charset, boolean strict) {
        this.in = in;
        CodingErrorAction onError = strict ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
        this.decoder = charset.newDecoder().onMalformedInput(onError).onUnmappableCharacter(onError);
        bytes.flip();
    }

    /** True when part of the input was not UTF-8 and was read as windows-1252. */
    public boolean fellBack() {
        return fellBack;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (flushed) {
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(buf, off, len);
        while (out.position() == off) {
            CoderResult result = decoder.decode(bytes, out, eof);
            if (result.isError()) {
                switchToFallback();
                continue;
            }
            if (result.isOverflow()) {
                break;
            }
            if (eof) {
                if (!flushed) {
                    decoder.flush(out);
                    flushed = true;
                }
                break;
            }
            fill();
        }
        int n = out.position() - off;
        if (!started && n > 0) {
            started = true;
            if (buf[off] == '\uFEFF') {
                System.arraycopy(buf, off + 1, buf, off, n - 1);
                n--;
                if (n == 0) {
                    return read(buf, off, len);
                }
            }
        }
        return n == 0 && eof ? -1 : n;
    }

    private void switchToFallback() {
        fellBack = true;
        decoder = FALLBACK.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
