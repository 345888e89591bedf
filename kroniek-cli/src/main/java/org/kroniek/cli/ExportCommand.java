package org.kroniek.cli;

import org.kroniek.extract.events.AcledMapping;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.RecordJson;
import org.kroniek.store.LuceneRecordStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kroniek export --format jsonl|csv|acled [--out FILE]}: writes every stored record as JSON
 * Lines, the claims as CSV (one row per claim), or the events in ACLED's layout (one row per event).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the store: jsonl (records), csv (one row per claim) or acled (one row per event).")
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    DataDir data;

    @Option(names = "--format", required = true, description = "jsonl, csv or acled.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("jsonl") && !format.equals("csv") && !format.equals("acled")) {
            throw new UserError("unknown --format '" + format + "': use jsonl, csv or acled");
        }
        // sorted by id, so exports of the same store are identical
        Map<String, ArticleRecord> records = new TreeMap<>();
        try (LuceneRecordStore store = data.open()) {
            store.forEachArticle(r -> records.put(r.id(), r));
        }
        try (Writer w = out == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            switch (format) {
                case "jsonl" -> {
                    for (ArticleRecord r : records.values()) {
                        w.write(RecordJson.toLine(r));
                        w.write('\n');
                    }
                }
                case "csv" -> csv(w, records, ClaimRows.HEADER, ClaimRows::print);
                default -> {
                    AcledRows acled = new AcledRows(AcledMapping.standard());
                    csv(w, records, AcledRows.HEADER, acled::print);
                }
            }
        }
        if (out != null) {
            System.err.println("kroniek export: " + records.size() + " articles written to " + out);
        }
        return ExitCodes.OK;
    }

    private interface RowWriter {
        void print(CSVPrinter csv, ArticleRecord r) throws IOException;
    }

    private static void csv(Writer w, Map<String, ArticleRecord> records, String[] header, RowWriter rows) throws IOException {
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header).get());
        for (ArticleRecord r : records.values()) {
            try {
                rows.print(csv, r);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        csv.flush();
    }
}
