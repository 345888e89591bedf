package org.kroniek.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.kroniek.text.Block;

/**
 * Splits plain text into paragraphs and headings. When the text has blank lines, they separate
 * paragraphs and single line breaks are wrapping; without blank lines every line is a paragraph.
 * A single short line without final punctuation is a heading.
 */
public final class PlainBlocks {
    static final int MAX_HEADING_CHARS = 120;
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00A0]*\\n");
    private static final String FINAL_PUNCTUATION = ".!?…:;,\"”'’)]»";

    private PlainBlocks() {
    }

    public static List<Block> split(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        String[] parts = BLANK_LINE.matcher(text).find() ? BLANK_LINE.split(text) : text.split("\n");
        List<Block> blocks = new ArrayList<>();
        for (String part : parts) {
            String trimmed = part.strip();
            if (!trimmed.isEmpty()) {
                blocks.add(new Block(trimmed, isHeading(trimmed)));
            }
        }
        return blocks;
    }

    /** A single line, at most {@value #MAX_HEADING_CHARS} characters, with a letter and no final punctuation. */
    public static boolean isHeading(String paragraph) {
        if (paragraph.length() > MAX_HEADING_CHARS || paragraph.indexOf('\n') >= 0) {
            return false;
        }
        char last = paragraph.charAt(paragraph.length() - 1);
        return FINAL_PUNCTUATION.indexOf(last) < 0 && paragraph.chars().anyMatch(Character::isLetter);
    }
}
