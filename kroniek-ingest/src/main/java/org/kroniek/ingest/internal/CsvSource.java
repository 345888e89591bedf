package org.kroniek.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.kroniek.ingest.FieldNames.Role;
import org.kroniek.ingest.ReadItem;
import org.kroniek.ingest.ReaderOptions;

/**
 * CSV with a header line naming the columns (the same names as JSON Lines fields). Record
 * numbers count data rows from 0. Broken quoting ends the file with one failure at the row where
 * it was found, since nothing after it can be trusted.
 */
public final class CsvSource extends ItemSource {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL)
            .get();

    private final FallbackDecodingReader reader;
    private final ReaderOptions options;
    private CSVParser parser;
    private Iterator<CSVRecord> rows;
    private Map<String, Integer> header;
    private int record = -1;

    public CsvSource(String file, InputStream in, ReaderOptions options) {
        super(file);
        this.reader = new FallbackDecodingReader(in);
        this.options = options;
        watch(reader);
    }

    @Override
    protected boolean fill(Deque<ReadItem> out) throws IOException {
        if (parser == null) {
            parser = FORMAT.parse(reader);
            header = parser.getHeaderMap();
            List<String> textNames = options.fields().of(Role.TEXT);
            if (textNames.stream().noneMatch(n -> RecordArticles.matchName(header.keySet(), n) != null)) {
                out.add(new ReadItem.Failure(file, null, "no text column (looked for " + String.join(", ", textNames)
                        + "; header has " + String.join(", ", header.keySet()) + ")"));
                return false;
            }
            rows = parser.iterator();
        }
        CSVRecord row;
        try {
            if (!rows.hasNext()) {
                return false;
            }
            row = rows.next();
        } catch (java.io.UncheckedIOException e) {
            throw new IOException("malformed CSV: " + Reasons.of(e), e);
        }
        record++;
        if (!row.isConsistent()) {
            out.add(new ReadItem.Failure(file, record, "has " + row.size() + " fields, the header " + header.size()));
            return true;
        }
        RecordArticles.build(name -> value(row, name), options.fields(), file, record, options.maxTextChars(), out);
        return true;
    }

    private String value(CSVRecord row, String name) {
        String key = RecordArticles.matchName(header.keySet(), name);
        return key == null ? null : row.get(key);
    }

    @Override
    protected Integer currentRecord() {
        return rows == null ? null : record + 1;
    }

    @Override
    public void close() throws IOException {
        if (parser != null) {
            parser.close();
        }
        reader.close();
    }
}
