package org.kroniek.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kroniek.ingest.FieldNames;
import org.kroniek.ingest.Format;
import org.kroniek.ingest.ReaderOptions;
import picocli.CommandLine.Option;

/** How inputs are read ({@code --input-format}, {@code --field}, {@code --max-text-mb}): shared by extract and ingest. */
final class ReadingOptions {
    @Option(names = "--max-text-mb", paramLabel = "MB", defaultValue = "5",
            description = "Largest article text accepted, in MB. Default: ${DEFAULT-VALUE}.")
    double maxTextMb;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "Read every input as FORMAT (text, jsonl, json, csv, html, feed, warc) instead of "
                    + "going by file name and content; mostly for standard input.")
    String inputFormat;

    @Option(names = "--field", paramLabel = "ROLE=NAME", mapFallbackValue = "",
            description = "Take ROLE (text, title, date, url, outlet, language) from the JSON/CSV field NAME.")
    Map<String, String> fields = new LinkedHashMap<>();

    /** The reader options these flags ask for; a bad flag is a {@link UserError}. */
    ReaderOptions toReaderOptions() {
        if (!(maxTextMb > 0)) {
            throw new UserError("--max-text-mb must be positive, not " + maxTextMb);
        }
        FieldNames names = FieldNames.defaults();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            try {
                names = names.with(f.getKey(), f.getValue());
            } catch (IllegalArgumentException e) {
                throw new UserError("--field " + f.getKey() + "=" + f.getValue() + ": " + e.getMessage());
            }
        }
        ReaderOptions options = ReaderOptions.defaults().withMaxTextChars((long) (maxTextMb * 1_000_000)).withFields(names);
        if (inputFormat != null) {
            try {
                options = options.withFormat(Format.parse(inputFormat));
            } catch (IllegalArgumentException e) {
                throw new UserError("--input-format: " + e.getMessage());
            }
        }
        return options;
    }
}
