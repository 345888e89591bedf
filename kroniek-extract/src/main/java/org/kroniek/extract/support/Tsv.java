package org.kroniek.extract.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated lexicon files shipped as resources: one entry a line, {@code #} starts
 * a comment line, blank lines are skipped. A line with too few columns is a packaging bug and
 * fails loudly, naming the file and line.
 */
public final class Tsv {
    private Tsv() {
    }

    /** The rows of resource {@code name} (relative to {@code owner}'s package), each with at least {@code minColumns} cells. */
    public static List<String[]> read(Class<?> owner, String name, int minColumns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the classpath beside " + owner.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                if (cells.length < minColumns) {
                    throw new IllegalStateException(name + " line " + lineNo + ": needs " + minColumns
                            + " tab-separated columns, has " + cells.length + ": " + line);
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
        return rows;
    }

    /** The cell at {@code i}, or "" when the row is shorter. */
    public static String cell(String[] row, int i) {
        return i < row.length ? row[i] : "";
    }
}
