package org.kroniek.kb.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/** Reads the knowledge base's TSV resources: '#' starts a comment line, blank lines are skipped. */
public final class Tsv {
    private Tsv() {
    }

    /**
     * Calls {@code row} with the tab-separated fields of each data line (trailing empty fields kept).
     *
     * @throws IllegalStateException when the resource is missing or a line has fewer than {@code minFields}
     */
    public static void read(Class<?> anchor, String resource, int minFields, Consumer<String[]> row) {
        try (InputStream raw = anchor.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("knowledge-base resource missing: " + resource);
            }
            InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < minFields) {
                    throw new IllegalStateException(resource + " line " + n + ": " + f.length
                            + " fields, expected at least " + minFields + ": " + line);
                }
                row.accept(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
        }
    }
}
