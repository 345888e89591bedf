package org.kroniek.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kroniek.nlp.tokenize.RuleTokenizer;
import org.kroniek.pipeline.Document;
import org.kroniek.pipeline.Token;
import org.kroniek.text.Tsv;

/**
 * The language the NLP stages use for a document: the article's own language when it has one,
 * else nl or en when the function words of its first 3,000 characters ({@code stopwords.tsv})
 * say so clearly, else {@code und}. Thread-safe.
 */
public final class LanguageGuess {
    private static final Map<String, String> STOPWORDS = load();

    private LanguageGuess() {
    }

    public static String of(Document document) {
        String declared = document.language();
        return "und".equals(declared) ? guess(document.text()) : declared;
    }

    /** nl, en or und for a text. */
    public static String guess(String text) {
        String sample = text.length() > 3000 ? text.substring(0, 3000) : text;
        List<Token> tokens = RuleTokenizer.forLanguage("und").tokenize(sample);
        Map<String, Integer> votes = new HashMap<>();
        for (Token t : tokens) {
            String lang = STOPWORDS.get(t.text().toLowerCase(Locale.ROOT));
            if (lang != null) {
                votes.merge(lang, 1, Integer::sum);
            }
        }
        int nl = votes.getOrDefault("nl", 0);
        int en = votes.getOrDefault("en", 0);
        if (nl + en < 3) {
            return "und";
        }
        return nl >= 2 * en ? "nl" : en >= 2 * nl ? "en" : "und";
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        for (String[] f : Tsv.rows(LanguageGuess.class, "/org/kroniek/nlp/stopwords.tsv", 2, Tsv.Cells.STRIPPED)) {
            out.put(f[1], f[0]);
        }
        return out;
    }
}
