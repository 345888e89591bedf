package org.kroniek.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kroniek.ingest.internal.PlainBlocks;
import org.kroniek.record.Precision;
import org.kroniek.record.Published;
import org.kroniek.record.Source;
import org.kroniek.text.Article;

/**
 * Reads plain-text articles, including the seed's format: an optional first line starting
 * {@code date YYYY-MM[-DD]} with the body following on the same line; blank lines separate
 * paragraphs; a short line without final punctuation between paragraphs is a heading (see
 * {@link PlainBlocks}). Lines starting {@code note:} before everything else are notes about the
 * file (e.g. that it is sample text) and are not part of the article.
 */
public final class DatedTextReader {
    private static final Pattern NOTE_LINES = Pattern.compile("\\A(?:[ \\t]*note:[^\\n]*(?:\\n|\\z))+");
    private static final Pattern DATE_LINE = Pattern.compile("\\A\\s*date\\s+(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?(?:\\s+|\\z)");

    private DatedTextReader() {
    }

    /** The article in {@code content}; its language is left for detection. */
    public static Article read(String content, Source source) {
        String body = content.replace("\r\n", "\n").replace('\r', '\n');
        if (body.startsWith("\uFEFF")) {
            body = body.substring(1);
        }
        Matcher notes = NOTE_LINES.matcher(body);
        if (notes.find()) {
            body = body.substring(notes.end());
        }
        Published published = null;
        Matcher m = DATE_LINE.matcher(body);
        if (m.find()) {
            published = published(m);
            body = body.substring(m.end());
        }
        return Article.of(source, null, published, null, PlainBlocks.split(body));
    }

    private static Published published(Matcher m) {
        if (m.group(3) != null) {
            return new Published(m.group(1) + "-" + m.group(2) + "-" + m.group(3), Precision.DAY);
        }
        if (m.group(2) != null) {
            return new Published(m.group(1) + "-" + m.group(2), Precision.MONTH);
        }
        return new Published(m.group(1), Precision.YEAR);
    }
}
