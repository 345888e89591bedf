package org.kroniek.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Tags names with an OpenNLP maximum-entropy or perceptron model. The model is shared; each
 * thread gets its own {@link NameFinderME}, so the tagger is thread-safe.
 */
public final class OpenNlpEntityTagger implements EntityTagger {
    private final TokenNameFinderModel model;
    private final ThreadLocal<NameFinderME> finder;

    public OpenNlpEntityTagger(TokenNameFinderModel model) {
        this.model = model;
        this.finder = ThreadLocal.withInitial(() -> new NameFinderME(model));
    }

    public TokenNameFinderModel model() {
        return model;
    }

    @Override
    public List<NameSpan> tag(String[] tokens) {
        NameFinderME me = finder.get();
        Span[] spans = me.find(tokens);
        List<NameSpan> out = new ArrayList<>(spans.length);
        for (Span s : spans) {
            out.add(new NameSpan(s.getStart(), s.getEnd(), s.getType(), s.getProb(), "model"));
        }
        return out;
    }

    @Override
    public void clearAdaptiveData() {
        finder.get().clearAdaptiveData();
    }
}
