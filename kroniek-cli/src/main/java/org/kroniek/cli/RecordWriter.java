package org.kroniek.cli;

import java.io.PrintStream;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.RecordJson;

/**
 * Writes records as {@code jsonl} (one a line) or {@code json}: one indented object when there is
 * one record, an array when there are more (or none). Holds the first record back until it
 * knows which.
 */
final class RecordWriter {
    /** The output formats of {@code extract}. */
    enum Format { json, jsonl }

    private final PrintStream out;
    private final Format format;
    private String held;
    private int count;

    RecordWriter(PrintStream out, Format format) {
        this.out = out;
        this.format = format;
    }

    void write(ArticleRecord record) {
        count++;
        if (format == Format.jsonl) {
            out.println(RecordJson.toLine(record));
            return;
        }
        String json = RecordJson.toPrettyJson(record);
        if (count == 1) {
            held = json;
            return;
        }
        if (count == 2) {
            out.print("[\n" + held);
            held = null;
        }
        out.print(",\n" + json);
    }

    void finish() {
        if (format == Format.json) {
            if (count == 0) {
                out.println("[]");
            } else if (count == 1) {
                out.println(held);
            } else {
                out.println("\n]");
            }
        }
        out.flush();
    }

    int count() {
        return count;
    }
}
