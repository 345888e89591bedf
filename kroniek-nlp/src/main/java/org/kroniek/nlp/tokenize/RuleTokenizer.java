package org.kroniek.nlp.tokenize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kroniek.pipeline.Token;
import org.kroniek.text.SentenceSplitter;

/**
 * Rule-based word tokens with exact character offsets, for Dutch, English and unknown languages.
 * Splits at white space, then peels punctuation and quotes off both ends of each chunk. Kept
 * whole: numbers ({@code 5.000}, {@code 3,5}), abbreviations with their period ({@code o.a.},
 * {@code dhr.}, {@code U.S.}), initials, inner-period names ({@code NU.nl}) and hyphenated
 * compounds ({@code Kremlin-woordvoerder}; see {@link #hyphenParts} for their parts), as in
 * CoNLL's tokenization. English clitics are split ({@code do|n't}, {@code John|'s},
 * {@code they|'re}); Dutch {@code 's} before a word ({@code 's avonds}) is its own token.
 * Immutable and thread-safe.
 */
public final class RuleTokenizer {
    private static final String LEADING = "\"'“‘„«([{¿¡‚‹";
    private static final String TRAILING = "\"'”’»)]}.,;:!?…‹›";
    private static final java.util.regex.Pattern INNER_PERIODS = java.util.regex.Pattern.compile("(\\p{L}\\.)+\\p{L}");
    private static final String[] EN_CLITICS = {"n't", "'s", "'re", "'ve", "'ll", "'d", "'m"};

    private final SentenceSplitter abbreviations;
    private final boolean english;

    private RuleTokenizer(String language, SentenceSplitter abbreviations) {
        this.english = "en".equals(language);
        this.abbreviations = abbreviations;
    }

    /** A tokenizer for the language ({@code nl}, {@code en}, or anything else for generic rules). */
    public static RuleTokenizer forLanguage(String language) {
        return new RuleTokenizer(language, SentenceSplitter.standard());
    }

    /** The tokens of {@code text[from, to)}. */
    public List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && isSpace(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < to && !isSpace(text.charAt(i))) {
                i++;
            }
            if (i > s) {
                chunk(text, s, i, out);
            }
        }
        return out;
    }

    public List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    private void chunk(String text, int s, int e, List<Token> out) {
        List<Token> tail = new ArrayList<>();
        while (s < e && LEADING.indexOf(text.charAt(s)) >= 0 && !isDutchS(text, s, e)) {
            out.add(token(text, s, s + 1));
            s++;
        }
        while (e > s && TRAILING.indexOf(text.charAt(e - 1)) >= 0) {
            char c = text.charAt(e - 1);
            if (c == '.' && keepsPeriod(text, s, e - 1)) {
                break;
            }
            if ((c == '\'' || c == '’') && e - s > 2 && !english && text.charAt(e - 2) == 's') {
                break; // Dutch possessive after s: "Anders' boek"
            }
            tail.add(0, token(text, e - 1, e));
            e--;
            if (c == '.' && e > s && text.charAt(e - 1) == '.') {
                // "..." stays together
                int d = e;
                while (d > s && text.charAt(d - 1) == '.') {
                    d--;
                }
                tail.set(0, token(text, d, e + 1));
                e = d;
            }
        }
        if (e > s) {
            core(text, s, e, out);
        }
        out.addAll(tail);
    }

    private void core(String text, int s, int e, List<Token> out) {
        if (english) {
            String lower = text.substring(s, e).toLowerCase(Locale.ROOT).replace('’', '\'');
            for (String clitic : EN_CLITICS) {
                if (lower.endsWith(clitic) && lower.length() > clitic.length()) {
                    int cut = e - clitic.length();
                    out.add(token(text, s, cut));
                    out.add(token(text, cut, e));
                    return;
                }
            }
        }
        out.add(token(text, s, e));
    }

    private boolean keepsPeriod(String text, int s, int period) {
        if (period == s) {
            return false;
        }
        String word = text.substring(s, period);
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return true;
        }
        if (abbreviations.isAbbreviation(word)) {
            return true;
        }
        // inner-period abbreviations not in the list: "a.s.", "U.S.A."
        return INNER_PERIODS.matcher(word).matches();
    }

    private static boolean isDutchS(String text, int s, int e) {
        return e - s >= 2 && (text.charAt(s) == '\'' || text.charAt(s) == '’') && text.charAt(s + 1) == 's'
                && (e - s == 2 || text.charAt(s + 2) == '-');
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0';
    }

    private static Token token(String text, int s, int e) {
        return new Token(s, e, text.substring(s, e), null);
    }

    /**
     * The parts of a hyphenated token as [start, end) offsets relative to the token, without the
     * hyphens: {@code "NAVO-lidmaatschap"} gives {@code [0,4]} and {@code [5,17]}. A token without
     * an inner hyphen gives one part.
     */
    public static List<int[]> hyphenParts(String token) {
        List<int[]> parts = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < token.length() - 1; i++) {
            if (token.charAt(i) == '-' && start < i) {
                parts.add(new int[] {start, i});
                start = i + 1;
            }
        }
        parts.add(new int[] {start, token.length()});
        return parts;
    }
}
