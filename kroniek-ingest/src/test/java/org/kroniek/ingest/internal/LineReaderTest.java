package org.kroniek.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {
    private static List<String> lines(String text, int max) throws IOException {
        LineReader r = new LineReader(new StringReader(text), max);
        List<String> out = new ArrayList<>();
        for (String line; (line = r.next()) != null; ) {
            out.add(line == LineReader.OVERLONG ? "<overlong>" : line);
        }
        return out;
    }

    @Test
    void allLineEndings() throws IOException {
        assertThat(lines("a\nb\r\nc\rd", 100)).containsExactly("a", "b", "c", "d");
        assertThat(lines("a\n\nb\n", 100)).containsExactly("a", "", "b");
    }

    @Test
    void overlongLineIsSkippedAndTheNextReadNormally() throws IOException {
        assertThat(lines("short\n" + "x".repeat(50) + "\nafter\n", 10)).containsExactly("short", "<overlong>", "after");
    }
}
