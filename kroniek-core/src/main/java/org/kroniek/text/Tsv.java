package org.kroniek.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads the tab-separated lexicons, gazetteers and word lists shipped as resources (UTF-8, gzipped
 * when the name ends in {@code .gz}). In a table a line that is blank or starts with {@code #} is
 * skipped and every other line is split at tabs, trailing empty cells kept; in a word list every
 * line is stripped and skipped when empty or starting with {@code #}. A missing resource or a row
 * with too few cells is a packaging bug and fails loudly, naming the resource and line.
 */
public final class Tsv {
    private Tsv() {
    }

    /** Whether cells are returned as they are or stripped of surrounding white space. */
    public enum Cells { AS_IS, STRIPPED }

    /**
     * Calls {@code row} with the cells of each data line of resource {@code name} (relative to
     * {@code owner}'s package unless it starts with {@code /}).
     *
     * @throws IllegalStateException when the resource is missing or a line has fewer than {@code minColumns} cells
     */
    public static void forEachRow(Class<?> owner, String name, int minColumns, Cells cells, Consumer<String[]> row) {
        try (BufferedReader r = open(owner, name)) {
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (cells == Cells.STRIPPED) {
                    for (int i = 0; i < f.length; i++) {
                        f[i] = f[i].strip();
                    }
                }
                if (f.length < minColumns) {
                    throw new IllegalStateException(name + " line " + lineNo + ": needs " + minColumns
                            + " tab-separated columns, has " + f.length + ": " + line);
                }
                row.accept(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + name, e);
        }
    }

    /** The rows of resource {@code name}, as {@link #forEachRow} reads them. */
    public static List<String[]> rows(Class<?> owner, String name, int minColumns, Cells cells) {
        List<String[]> out = new ArrayList<>();
        forEachRow(owner, name, minColumns, cells, out::add);
        return out;
    }

    /** The stripped lines of word list {@code name}, without empty lines and {@code #} comments. */
    public static List<String> lines(Class<?> owner, String name) {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = open(owner, name)) {
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + name, e);
        }
        return out;
    }

    /** The cell at {@code i}, or "" when the row is shorter. */
    public static String cell(String[] row, int i) {
        return i < row.length ? row[i] : "";
    }

    private static BufferedReader open(Class<?> owner, String name) throws IOException {
        InputStream raw = owner.getResourceAsStream(name);
        if (raw == null) {
            throw new IllegalStateException(name + " missing from the classpath beside " + owner.getName());
        }
        InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
