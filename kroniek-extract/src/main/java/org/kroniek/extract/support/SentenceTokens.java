package org.kroniek.extract.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kroniek.pipeline.AnalyzedSentence;
import org.kroniek.pipeline.Document;
import org.kroniek.pipeline.Layers;
import org.kroniek.pipeline.Token;
import org.kroniek.record.Span;

/**
 * The document's sentences with tokens: the tagger's {@link Layers#TOKENS} when a tokenizer ran,
 * else a light regex tokenization of {@link Layers#SENTENCES} (or of the whole text as one
 * sentence), so the stages of this module also work on their own.
 */
public final class SentenceTokens {
    private static final Pattern TOKEN = Pattern.compile(
            "\\p{N}+(?:[.,]\\p{N}+)*|[\\p{L}\\p{M}](?:[\\p{L}\\p{M}\\p{N}]|['’][\\p{L}]|-(?=[\\p{L}\\p{N}]))*|\\S");

    private SentenceTokens() {
    }

    public static List<AnalyzedSentence> of(Document document) {
        List<AnalyzedSentence> tagged = document.list(Layers.TOKENS);
        if (!tagged.isEmpty()) {
            return tagged;
        }
        List<Span> spans = document.list(Layers.SENTENCES);
        if (spans.isEmpty()) {
            spans = List.of(new Span(0, document.text().length()));
        }
        List<AnalyzedSentence> out = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            out.add(new AnalyzedSentence(i, spans.get(i), tokenize(document.text(), spans.get(i))));
        }
        return out;
    }

    /** Regex tokens of {@code text} inside {@code span}: words (with inner hyphens and apostrophes), numbers, single symbols. */
    public static List<Token> tokenize(String text, Span span) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(span.start(), span.end());
        while (m.find()) {
            tokens.add(new Token(m.start(), m.end(), m.group(), null));
        }
        return tokens;
    }
}
