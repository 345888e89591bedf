package org.kroniek.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.kroniek.record.Paragraph;

/**
 * Turns raw blocks into the record text: Unicode NFC, typographic quotes kept, control and
 * zero-width characters dropped, white space collapsed within a paragraph, paragraphs joined
 * by a blank line. Offsets of the resulting paragraphs slice the text exactly.
 */
public final class TextNormalizer {
    /** What separates two paragraphs in the record text. */
    public static final String PARAGRAPH_SEPARATOR = "\n\n";

    private TextNormalizer() {
    }

    public static NormalizedText normalize(List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Block block : blocks) {
            String clean = normalizeInline(block.text());
            if (clean.isEmpty()) {
                continue;
            }
            if (text.length() > 0) {
                text.append(PARAGRAPH_SEPARATOR);
            }
            int start = text.length();
            text.append(clean);
            paragraphs.add(new Paragraph(start, text.length(), block.heading()));
        }
        return new NormalizedText(text.toString(), paragraphs);
    }

    /** Normalizes one paragraph: NFC, invisible characters removed, all white space runs to one space, trimmed. */
    public static String normalizeInline(String raw) {
        String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean pendingSpace = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
            } else if (isInvisible(c)) {
                continue;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isInvisible(char c) {
        if (c == '\u00AD' || c == '\uFEFF' || c == '\u200B' || c == '\u2060') {
            return true;
        }
        if (Character.isSurrogate(c)) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.UNASSIGNED || type == Character.PRIVATE_USE;
    }
}
