package org.kroniek.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** PLOVER type and mode to ACLED event type and sub-event type, from {@code plover-acled.tsv}. */
final class AcledMapping {
    private final List<String[]> rows;

    private AcledMapping(List<String[]> rows) {
        this.rows = rows;
    }

    static AcledMapping load() {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                AcledMapping.class.getResourceAsStream("plover-acled.tsv"), StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 4) {
                    throw new IllegalStateException("plover-acled.tsv line " + n + ": expected 4 columns, got " + cols.length);
                }
                rows.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AcledMapping(rows);
    }

    /** {@code [event_type, sub_event_type]}, or blanks when the type is not listed. */
    String[] map(String ploverType, String mode) {
        String m = mode == null ? "" : mode.toLowerCase(Locale.ROOT);
        for (String[] r : rows) {
            if (r[0].equals(ploverType) && (r[1].equals("*") || r[1].equals(m))) {
                return new String[] {r[2], r[3]};
            }
        }
        return new String[] {"", ""};
    }
}
