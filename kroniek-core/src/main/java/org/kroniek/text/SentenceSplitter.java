package org.kroniek.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kroniek.record.Paragraph;
import org.kroniek.record.Span;

/**
 * Rule-based sentence boundaries for news text. A sentence never crosses a paragraph. A boundary
 * is a run of {@code . ! ? …} (with closing quotes or brackets after it) followed by white space
 * and a capital, digit or opening quote, unless the word before the period is a known
 * abbreviation ({@code abbreviations.txt}, one per line, all languages), a letter-period
 * abbreviation such as {@code a.s.} or {@code U.S.A.}, or a single initial. Numbers such as
 * {@code 5.000} and {@code 3,5} never end a sentence (no white space follows their period).
 * A run without boundaries is cut at the first white space after {@value #MAX_SENTENCE_CHARS}
 * characters (anywhere after {@value #HARD_MAX_SENTENCE_CHARS}): no news sentence is that long,
 * and taggers downstream cost more than linear time in sentence length. Immutable and thread-safe.
 */
public final class SentenceSplitter {
    /** Length after which a sentence without a boundary is cut at the next white space. */
    public static final int MAX_SENTENCE_CHARS = 2_000;
    /** Length after which a sentence without a boundary or white space is cut anyway. */
    public static final int HARD_MAX_SENTENCE_CHARS = 8_000;
    private static final String CLOSERS = "\"'”’»)]";
    private static final String OPENERS = "\"'“‘„«([";

    /** Letter-period abbreviations not in the list, such as "a.s" or "U.S.A". */
    private static final java.util.regex.Pattern INNER_PERIODS = java.util.regex.Pattern.compile("(\\p{L}\\.)+\\p{L}");

    private final Set<String> abbreviations;

    private SentenceSplitter(Set<String> abbreviations) {
        this.abbreviations = Set.copyOf(abbreviations);
    }

    /** The splitter with the bundled abbreviation list. */
    public static SentenceSplitter standard() {
        return Holder.STANDARD;
    }

    /** A splitter with the given abbreviations (without final period, any case). */
    public static SentenceSplitter withAbbreviations(Set<String> abbreviations) {
        Set<String> lower = new HashSet<>();
        for (String a : abbreviations) {
            lower.add(a.toLowerCase(Locale.ROOT));
        }
        return new SentenceSplitter(lower);
    }

    /**
     * Whether {@code word} (without its final period, any case) is a known abbreviation, such as
     * {@code "o.a"}, {@code "dhr"} or {@code "U.S"}.
     */
    public boolean isAbbreviation(String word) {
        return abbreviations.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The sentences of the paragraphs, as spans of {@code text}; none crosses a paragraph. */
    public List<Span> split(String text, List<Paragraph> paragraphs) {
        List<Span> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            splitParagraph(text, p.start(), p.end(), out);
        }
        return out;
    }

    private void splitParagraph(String text, int from, int to, List<Span> out) {
        int start = skipSpace(text, from, to);
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int end = i + 1;
                while (end < to && (isTerminal(text.charAt(end)) || CLOSERS.indexOf(text.charAt(end)) >= 0)) {
                    end++;
                }
                if (isBoundary(text, start, i, end, to)) {
                    out.add(new Span(start, end));
                    start = skipSpace(text, end, to);
                    i = start;
                    continue;
                }
                i = end;
            } else if (i - start >= MAX_SENTENCE_CHARS && (Character.isWhitespace(c)
                    || i - start >= HARD_MAX_SENTENCE_CHARS && !Character.isLowSurrogate(c))) {
                int end = trimEnd(text, start, i);
                if (end > start) {
                    out.add(new Span(start, end));
                }
                start = skipSpace(text, i, to);
                i = start;
            } else {
                i++;
            }
        }
        int end = trimEnd(text, start, to);
        if (end > start) {
            out.add(new Span(start, end));
        }
    }

    private boolean isBoundary(String text, int sentenceStart, int mark, int end, int to) {
        if (end >= to || !Character.isWhitespace(text.charAt(end))) {
            return false;
        }
        int next = skipSpace(text, end, to);
        if (next >= to) {
            return false;
        }
        char n = text.charAt(next);
        boolean startsSentence = Character.isUpperCase(n) || Character.isDigit(n) || OPENERS.indexOf(n) >= 0
                || n == '-' || n == '–';
        if (!startsSentence) {
            return false;
        }
        if (text.charAt(mark) != '.' || end > mark + 1) {
            return true;
        }
        String word = wordBefore(text, sentenceStart, mark);
        if (word.isEmpty()) {
            return true;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        if (INNER_PERIODS.matcher(word).matches()) {
            return false;
        }
        return !abbreviations.contains(word.toLowerCase(Locale.ROOT));
    }

    private static String wordBefore(String text, int from, int mark) {
        int s = mark;
        while (s > from && !Character.isWhitespace(text.charAt(s - 1)) && OPENERS.indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        return text.substring(s, mark);
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int from, int end) {
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static final class Holder {
        static final SentenceSplitter STANDARD = withAbbreviations(load());

        private static Set<String> load() {
            Set<String> out = new HashSet<>();
            for (String line : Tsv.lines(SentenceSplitter.class, "abbreviations.txt")) {
                out.add(line.endsWith(".") ? line.substring(0, line.length() - 1) : line);
            }
            return out;
        }
    }
}
