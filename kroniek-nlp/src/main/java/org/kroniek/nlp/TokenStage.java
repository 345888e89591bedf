package org.kroniek.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.kroniek.nlp.tokenize.RuleTokenizer;
import org.kroniek.pipeline.AnalyzedSentence;
import org.kroniek.pipeline.Document;
import org.kroniek.pipeline.Layers;
import org.kroniek.pipeline.Stage;
import org.kroniek.pipeline.Token;
import org.kroniek.record.Span;

/**
 * Writes {@link Layers#TOKENS}: the tokens of each sentence of {@link Layers#SENTENCES}, with POS
 * tags when Kroniek has a tagger for the document's language ({@link LanguageGuess}) (Dutch: CoNLL-2002 tags such as
 * {@code N}, {@code V}, {@code Prep}; English: Universal Dependencies tags). Thread-safe: models
 * are shared, taggers are per thread.
 */
public final class TokenStage implements Stage {
    private final Map<String, Optional<ThreadLocal<POSTaggerME>>> taggers = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "tokens";
    }

    @Override
    public void process(Document document) {
        String text = document.text();
        String language = LanguageGuess.of(document);
        RuleTokenizer tokenizer = RuleTokenizer.forLanguage(language);
        Optional<ThreadLocal<POSTaggerME>> tagger = taggers.computeIfAbsent(language,
                l -> NlpModels.pos(l).map(TokenStage::perThread));
        List<Span> sentences = document.require(Layers.SENTENCES);
        List<AnalyzedSentence> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            Span s = sentences.get(i);
            List<Token> tokens = tokenizer.tokenize(text, s.start(), s.end());
            if (tagger.isPresent() && !tokens.isEmpty()) {
                String[] tags = tagger.get().get().tag(tokens.stream().map(Token::text).toArray(String[]::new));
                List<Token> tagged = new ArrayList<>(tokens.size());
                for (int t = 0; t < tokens.size(); t++) {
                    tagged.add(tokens.get(t).withPos(tags[t]));
                }
                tokens = tagged;
            }
            out.add(new AnalyzedSentence(i, s, tokens));
        }
        document.put(Layers.TOKENS, out);
    }

    private static ThreadLocal<POSTaggerME> perThread(POSModel model) {
        return ThreadLocal.withInitial(() -> new POSTaggerME(model));
    }
}
