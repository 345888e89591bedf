package org.kroniek.extract.claims;

import java.util.ArrayList;
import java.util.List;
import org.kroniek.record.Paragraph;
import org.kroniek.record.Span;

/**
 * Finds quotations inside paragraphs in every common style: „...”, “...”, "...", ,,...'' (Dutch
 * newspapers), «...», ‘...’ and '...'. A quotation may run over several sentences but never over a
 * paragraph; an opener without a closer in its paragraph yields no quotation. Single quotes count
 * only when the opener follows a space or bracket and the closer precedes a non-letter, so that
 * apostrophes ("zo'n", "Howicks'") are not taken for quotes. The returned spans cover the quoted
 * words without the marks.
 */
final class QuoteFinder {
    private QuoteFinder() {
    }

    static List<Span> find(String text, List<Paragraph> paragraphs) {
        List<Span> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            scan(text, p.start(), p.end(), out);
        }
        return out;
    }

    private static void scan(String text, int from, int to, List<Span> out) {
        int i = from;
        while (i < to) {
            int open = openerLength(text, i, from);
            if (open == 0) {
                i++;
                continue;
            }
            char o = text.charAt(i);
            int start = i + open;
            int close = findCloser(text, o, open, start, to);
            if (close < 0) {
                i += open;
                continue;
            }
            Span s = trim(text, start, close);
            if (s.length() > 0) {
                out.add(s);
            }
            i = close + closerLength(text, close);
        }
    }

    private static int openerLength(String text, int i, int from) {
        char c = text.charAt(i);
        boolean afterSpace = i == from || Character.isWhitespace(text.charAt(i - 1)) || "([:—–-".indexOf(text.charAt(i - 1)) >= 0;
        if (c == ',' && i + 1 < text.length() && text.charAt(i + 1) == ',') {
            return afterSpace && i + 2 < text.length() && Character.isLetterOrDigit(text.charAt(i + 2)) ? 2 : 0;
        }
        if (c == '„' || c == '“' || c == '«') {
            return 1;
        }
        if ((c == '"' || c == '\'' || c == '‘') && afterSpace && i + 1 < text.length()
                && !Character.isWhitespace(text.charAt(i + 1))) {
            return 1;
        }
        return 0;
    }

    private static int findCloser(String text, char opener, int openLength, int start, int to) {
        for (int j = start; j < to; j++) {
            char c = text.charAt(j);
            boolean atEnd = j + 1 >= to || !Character.isLetter(text.charAt(j + 1));
            switch (opener) {
                case ',':
                    if ((c == '\'' && j + 1 < to && text.charAt(j + 1) == '\'') || c == '"' || c == '”') {
                        return j;
                    }
                    break;
                case '„':
                case '“':
                    if (c == '”' || c == '“' || c == '"') {
                        return j;
                    }
                    break;
                case '«':
                    if (c == '»') {
                        return j;
                    }
                    break;
                case '"':
                    if (c == '"' || c == '”') {
                        return j;
                    }
                    break;
                case '\'':
                case '‘':
                    if ((c == '\'' || c == '’') && atEnd && j > start && !Character.isWhitespace(text.charAt(j - 1))) {
                        return j;
                    }
                    break;
                default:
                    return -1;
            }
        }
        return -1;
    }

    private static int closerLength(String text, int close) {
        return text.charAt(close) == '\'' && close + 1 < text.length() && text.charAt(close + 1) == '\'' ? 2 : 1;
    }

    private static Span trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }
}
