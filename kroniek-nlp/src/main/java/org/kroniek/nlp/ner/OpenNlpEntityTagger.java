package org.kroniek.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Tags names with an OpenNLP maximum-entropy or perceptron model. The model is shared; each
 * thread gets its own finder, so the tagger is thread-safe. Perceptron models are decoded by
 * {@link PerceptronNameFinder} (same output as {@link NameFinderME}, several times fewer
 * feature look-ups); other models by {@link NameFinderME}.
 */
public final class OpenNlpEntityTagger implements EntityTagger {
    private final TokenNameFinderModel model;
    private final ThreadLocal<Finder> finder;
    private final Optional<SpanTypeClassifier> types;
    private final SpanTypeFeatures typeFeatures;

    public OpenNlpEntityTagger(TokenNameFinderModel model) {
        this(model, 0);
    }

    /**
     * @param beam the beam size of the search, or 0 for the model's own (only perceptron models
     *             can be searched with another beam)
     */
    public OpenNlpEntityTagger(TokenNameFinderModel model, int beam) {
        if (beam < 0) {
            throw new IllegalArgumentException("beam must be >= 0, not " + beam);
        }
        this.model = model;
        PerceptronWeights weights = PerceptronNameFinder.supports(model) ? PerceptronNameFinder.weights(model) : null;
        this.finder = ThreadLocal.withInitial(() -> create(model, weights, beam));
        this.types = SpanTypes.classifier(model);
        this.typeFeatures = new SpanTypeFeatures(SpanTypes.lexicons(model), types.map(SpanTypeClassifier::usesModelType).orElse(false));
    }

    public TokenNameFinderModel model() {
        return model;
    }

    @Override
    public List<NameSpan> tag(String[] tokens) {
        Span[] spans = finder.get().find.apply(tokens);
        List<NameSpan> out = new ArrayList<>(spans.length);
        for (Span s : spans) {
            out.add(new NameSpan(s.getStart(), s.getEnd(), s.getType(), s.getProb(), "model"));
        }
        return out;
    }

    /** Lets the model's {@link SpanTypeClassifier}, if it has one, revise the types of the names it found. */
    @Override
    public List<List<NameSpan>> reviseDocument(List<String[]> sentences, List<List<NameSpan>> names) {
        return types.map(c -> c.retype(typeFeatures, sentences, names)).orElse(names);
    }

    @Override
    public void clearAdaptiveData() {
        finder.get().clear.run();
    }

    private static Finder create(TokenNameFinderModel model, PerceptronWeights weights, int beam) {
        if (weights != null) {
            PerceptronNameFinder f = new PerceptronNameFinder(model, weights, beam > 0 ? beam : PerceptronNameFinder.modelBeam(model));
            return new Finder(f::find, f::clearAdaptiveData);
        }
        NameFinderME me = new NameFinderME(model);
        return new Finder(me::find, me::clearAdaptiveData);
    }

    private record Finder(Function<String[], Span[]> find, Runnable clear) {
    }
}
