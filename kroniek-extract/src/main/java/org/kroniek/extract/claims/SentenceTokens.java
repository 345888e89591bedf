package org.kroniek.extract.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kroniek.pipeline.AnalyzedSentence;
import org.kroniek.pipeline.Token;
import org.kroniek.record.Span;

/**
 * The tokens of one sentence for the claim rules: taken from {@code Layers.TOKENS} when a tagger
 * wrote them, else from a light regular-expression tokenizer (words with inner hyphens, dots and
 * apostrophes; numbers; Dutch ",," and "''" quote marks; any other single character).
 */
final class SentenceTokens {
    private static final Pattern TOKEN = Pattern.compile(
            "\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:[-'’.][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*|\\p{N}+(?:[.,]\\p{N}+)*|,,|''|\\S");

    /** English clitics and possessives split off their word: "He’s" -> "He" "’s", "don't" -> "do" "n't". */
    private static final Pattern CLITIC = Pattern.compile("(?i)(\\p{L}+?)(['’](?:s|re|ve|ll|d|m)|n['’]t)");

    private SentenceTokens() {
    }

    static List<Tok> of(String text, Span sentence, List<AnalyzedSentence> analyzed) {
        if (!analyzed.isEmpty()) {
            List<Tok> out = new ArrayList<>();
            for (AnalyzedSentence s : analyzed) {
                if (!s.span().overlaps(sentence)) {
                    continue;
                }
                for (Token t : s.tokens()) {
                    if (t.start() >= sentence.start() && t.end() <= sentence.end()) {
                        out.add(new Tok(t.start(), t.end(), t.text(), t.text().toLowerCase(Locale.ROOT), t.pos()));
                    }
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return tokenize(text, sentence.start(), sentence.end());
    }

    static List<Tok> tokenize(String text, int from, int to) {
        List<Tok> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            String t = m.group();
            Matcher c = CLITIC.matcher(t);
            if (c.matches()) {
                int split = m.start() + c.end(1);
                out.add(new Tok(m.start(), split, c.group(1), c.group(1).toLowerCase(Locale.ROOT), null));
                out.add(new Tok(split, m.end(), c.group(2), c.group(2).toLowerCase(Locale.ROOT), null));
            } else {
                out.add(new Tok(m.start(), m.end(), t, t.toLowerCase(Locale.ROOT), null));
            }
        }
        return out;
    }
}
