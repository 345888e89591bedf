package org.kroniek.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class FallbackDecodingReaderTest {
    private static String decode(byte[] bytes, int chunk) throws IOException {
        FallbackDecodingReader r = new FallbackDecodingReader(new Trickle(bytes, chunk));
        return BoundedText.readAll(r, Long.MAX_VALUE, "test");
    }

    @Test
    void utf8SplitAcrossReadsIsDecodedWhole() throws IOException {
        String text = "Oekraïne – “Kyiv” € 😀 ".repeat(5000);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        FallbackDecodingReader r = new FallbackDecodingReader(new Trickle(bytes, 7));
        assertThat(BoundedText.readAll(r, Long.MAX_VALUE, "test")).isEqualTo(text);
        assertThat(r.fellBack()).isFalse();
    }

    @Test
    void byteOrderMarkIsDropped() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ',', 'b'};
        assertThat(decode(bom, 1)).isEqualTo("a,b");
        assertThat(decode(bom, 100)).isEqualTo("a,b");
    }

    @Test
    void windows1252FallsBack() throws IOException {
        Charset cp1252 = Charset.forName("windows-1252");
        String text = "De “ramp” in het café kost € 5 miljoen.";
        FallbackDecodingReader r = new FallbackDecodingReader(new ByteArrayInputStream(text.getBytes(cp1252)));
        assertThat(BoundedText.readAll(r, Long.MAX_VALUE, "test")).isEqualTo(text);
        assertThat(r.fellBack()).isTrue();
    }

    @Test
    void validUtf8BeforeTheFirstBadByteStaysUtf8() throws IOException {
        byte[] head = "Oekraïne ".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "café".getBytes(Charset.forName("windows-1252"));
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        assertThat(decode(all, 3)).isEqualTo("Oekraïne café");
    }

    @Property(tries = 200)
    void anyUtf8TextRoundTrips(@ForAll String text) throws IOException {
        String valid = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        String expected = valid.startsWith("\uFEFF") ? valid.substring(1) : valid;
        assertThat(decode(valid.getBytes(StandardCharsets.UTF_8), 5)).as("a leading byte-order mark is dropped").isEqualTo(expected);
    }

    @Test
    void aLeadingByteOrderMarkIsDroppedOnlyAtTheStart() throws IOException {
        assertThat(decode("\uFEFFKyiv\uFEFF".getBytes(StandardCharsets.UTF_8), 2)).isEqualTo("Kyiv\uFEFF");
    }

    /** Hands out bytes a few at a time, as pipes and gzip streams do. */
    private static final class Trickle extends InputStream {
        private final byte[] bytes;
        private final int chunk;
        private int pos;

        Trickle(byte[] bytes, int chunk) {
            this.bytes = bytes;
            this.chunk = chunk;
        }

        @Override
        public int read() {
            return pos < bytes.length ? bytes[pos++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, chunk), bytes.length - pos);
            System.arraycopy(bytes, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
