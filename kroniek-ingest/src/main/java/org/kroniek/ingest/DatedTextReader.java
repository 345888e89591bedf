package org.kroniek.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kroniek.record.Precision;
import org.kroniek.record.Published;
import org.kroniek.record.Source;
import org.kroniek.text.Article;
import org.kroniek.text.Block;

/**
 * Reads plain-text articles, including the seed's format: an optional first line starting
 * {@code date YYYY-MM[-DD]} with the body following on the same line; blank lines separate
 * paragraphs; a short line without final punctuation between paragraphs is a heading.
 */
public final class DatedTextReader {
    private static final Pattern DATE_LINE = Pattern.compile("^\\s*date\\s+(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?\\s*");
    private static final int MAX_HEADING_CHARS = 120;

    private DatedTextReader() {
    }

    public static Article read(String content, Source source) {
        String body = content.replace("\r\n", "\n").replace('\r', '\n');
        Published published = null;
        Matcher m = DATE_LINE.matcher(body);
        if (m.find()) {
            published = published(m);
            body = body.substring(m.end());
        }
        return Article.of(source, null, published, null, blocks(body));
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

    static List<Block> blocks(String body) {
        List<Block> blocks = new ArrayList<>();
        for (String para : body.split("\\n\\s*\\n")) {
            String trimmed = para.strip();
            if (!trimmed.isEmpty()) {
                blocks.add(new Block(trimmed, isHeading(trimmed)));
            }
        }
        return blocks;
    }

    private static boolean isHeading(String paragraph) {
        if (paragraph.length() > MAX_HEADING_CHARS || paragraph.indexOf('\n') >= 0) {
            return false;
        }
        char last = paragraph.charAt(paragraph.length() - 1);
        return ".!?…:;,\"”'’)".indexOf(last) < 0;
    }
}
