package org.kroniek.ingest;

import java.util.Objects;
import org.kroniek.ingest.lang.LanguageDetector;
import org.kroniek.ingest.lang.OpenNlpLanguageDetector;

/**
 * How inputs are read. Defaults: 5 MB of text per article, the standard field names, OpenNLP
 * language detection, format from the file name (or sniffed).
 *
 * @param maxTextChars the largest article text accepted, in characters
 * @param fields which JSON/CSV fields hold text, title, date, ...
 * @param languageDetector applied to every article whose reader found no valid language
 * @param format forces one format for every input, or null to go by name and content
 */
public record ReaderOptions(long maxTextChars, FieldNames fields, LanguageDetector languageDetector, Format format) {
    /** The default limit on an article's text: 5 MB. */
    public static final long DEFAULT_MAX_TEXT_CHARS = 5_000_000L;

    public ReaderOptions {
        if (maxTextChars <= 0) {
            throw new IllegalArgumentException("maxTextChars must be positive, not " + maxTextChars);
        }
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(languageDetector, "languageDetector");
    }

    public static ReaderOptions defaults() {
        return new ReaderOptions(DEFAULT_MAX_TEXT_CHARS, FieldNames.defaults(), OpenNlpLanguageDetector.shared(), null);
    }

    public ReaderOptions withMaxTextChars(long chars) {
        return new ReaderOptions(chars, fields, languageDetector, format);
    }

    public ReaderOptions withFields(FieldNames newFields) {
        return new ReaderOptions(maxTextChars, newFields, languageDetector, format);
    }

    public ReaderOptions withLanguageDetector(LanguageDetector detector) {
        return new ReaderOptions(maxTextChars, fields, detector, format);
    }

    public ReaderOptions withFormat(Format newFormat) {
        return new ReaderOptions(maxTextChars, fields, languageDetector, newFormat);
    }
}
