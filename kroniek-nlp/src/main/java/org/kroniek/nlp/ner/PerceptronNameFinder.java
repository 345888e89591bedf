package org.kroniek.nlp.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.BilouNameFinderSequenceValidator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameFinderSequenceValidator;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The beam search of OpenNLP's {@link NameFinderME} for perceptron models, with the same output
 * (spans, types and probabilities) but a cheaper inner loop. OpenNLP scores every beam entry with
 * the full feature list of the token, so each token's hundred-odd features are looked up once per
 * beam entry; only four of them (the previous outcomes {@code po=}, {@code pow=}, {@code powf=},
 * {@code ppo=}, appended last by {@code DefaultNameContextGenerator}) differ between entries. Here
 * the token's own features are summed once, and each entry adds only its four. The sums are
 * accumulated in OpenNLP's order, so the scores are the same to the last bit. The weights are
 * packed for fast look-up ({@link PerceptronWeights}).
 *
 * <p>Stateful (adaptive document data, scratch arrays): one instance per thread.
 */
final class PerceptronNameFinder {
    private static final double MIN_SEQUENCE_SCORE = -100000;
    /** Not looked up yet (unknown features have id -1). */
    private static final int UNKNOWN = -2;

    private final AdaptiveFeatureGenerator features;
    private final SequenceCodec<String> codec;
    private final SequenceValidator<String> validator;
    /** OpenNLP's validators read only the length and the last outcome of the history. */
    private final boolean lastOnly;
    private final PerceptronWeights weights;
    private final String[] outcomes;
    private final int beam;
    private final int[] previousOutcome;
    private final int[] previousPreviousOutcome;
    private final Map<String, int[]> outcomeAndShape = new HashMap<>();
    private final List<String> scratchFeatures = new ArrayList<>();
    private final double[] sorted;

    /** True when the model can be decoded by this class (a perceptron model). */
    static boolean supports(TokenNameFinderModel model) {
        return model.getArtifact("nameFinder.model") instanceof PerceptronModel
                && model.getManifestProperty("BeamSize") != null;
    }

    /** The model's weights, to be shared by the finders of all threads. */
    @SuppressWarnings("unchecked")
    static PerceptronWeights weights(TokenNameFinderModel model) {
        PerceptronModel perceptron = model.getArtifact("nameFinder.model");
        return new PerceptronWeights((Map<String, Context>) perceptron.getDataStructures()[1]);
    }

    PerceptronNameFinder(TokenNameFinderModel model, int beam) {
        this(model, weights(model), beam);
    }

    PerceptronNameFinder(TokenNameFinderModel model, PerceptronWeights weights, int beam) {
        MaxentModel maxent = model.getArtifact("nameFinder.model");
        this.weights = weights;
        this.outcomes = new String[maxent.getNumOutcomes()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = maxent.getOutcome(i);
        }
        this.beam = beam;
        this.features = model.getFactory().createFeatureGenerators();
        this.codec = model.getFactory().createSequenceCodec();
        this.validator = codec.createSequenceValidator();
        this.lastOnly = validator.getClass() == BilouNameFinderSequenceValidator.class
                || validator.getClass() == NameFinderSequenceValidator.class;
        this.sorted = new double[outcomes.length];
        this.previousOutcome = new int[outcomes.length + 1];
        this.previousPreviousOutcome = new int[outcomes.length + 1];
        for (int o = 0; o <= outcomes.length; o++) {
            String name = o == outcomes.length ? NameFinderME.OTHER : outcomes[o];
            previousOutcome[o] = weights.id("po=" + name);
            previousPreviousOutcome[o] = weights.id("ppo=" + name);
        }
    }

    /** The model's beam size, as {@link NameFinderME} uses it. */
    static int modelBeam(TokenNameFinderModel model) {
        return Integer.parseInt(model.getManifestProperty("BeamSize"));
    }

    /** Names in one sentence; updates the document's adaptive data like {@link NameFinderME#find}. */
    Span[] find(String[] tokens) {
        int n = tokens.length;
        int k = outcomes.length;
        double[] tokenSums = new double[k];
        double[] scores = new double[k];
        int[] wordOutcome = new int[k + 1];
        PriorityQueue<Path> prev = new PriorityQueue<>(beam);
        PriorityQueue<Path> next = new PriorityQueue<>(beam);
        prev.add(Path.START);
        for (int i = 0; i < n; i++) {
            scratchFeatures.clear();
            features.createFeatures(scratchFeatures, tokens, i, null);
            Arrays.fill(tokenSums, 0);
            for (String f : scratchFeatures) {
                weights.add(tokenSums, weights.id(f));
            }
            Arrays.fill(wordOutcome, UNKNOWN);
            int[] shape = shapeFeatures(FeatureGeneratorUtil.tokenFeature(tokens[i]));
            String[] lastOnlyHistory = lastOnly ? new String[i] : null;
            int sz = Math.min(beam, prev.size());
            for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
                Path top = prev.remove();
                String[] history;
                if (lastOnly) {
                    history = lastOnlyHistory;
                    if (i > 0) {
                        history[i - 1] = outcomes[top.outcome];
                    }
                } else {
                    history = top.outcomes(i, outcomes);
                }
                int po = i > 0 ? top.outcome : k;
                int ppo = i > 1 ? top.parent.outcome : k;
                System.arraycopy(tokenSums, 0, scores, 0, k);
                weights.add(scores, previousOutcome[po]);
                if (wordOutcome[po] == UNKNOWN) {
                    wordOutcome[po] = weights.id("pow=" + (po == k ? NameFinderME.OTHER : outcomes[po]) + "," + tokens[i]);
                }
                weights.add(scores, wordOutcome[po]);
                weights.add(scores, shape[po]);
                weights.add(scores, previousPreviousOutcome[ppo]);
                normalize(scores);
                System.arraycopy(scores, 0, sorted, 0, k);
                Arrays.sort(sorted);
                double min = sorted[Math.max(0, k - beam)];
                for (int p = 0; p < k; p++) {
                    if (scores[p] >= min && validator.validSequence(i, tokens, history, outcomes[p])) {
                        Path path = new Path(top, p, scores[p]);
                        if (path.score > MIN_SEQUENCE_SCORE) {
                            next.add(path);
                        }
                    }
                }
                if (next.isEmpty()) {
                    for (int p = 0; p < k; p++) {
                        if (validator.validSequence(i, tokens, history, outcomes[p])) {
                            Path path = new Path(top, p, scores[p]);
                            if (path.score > MIN_SEQUENCE_SCORE) {
                                next.add(path);
                            }
                        }
                    }
                }
            }
            prev.clear();
            PriorityQueue<Path> swap = prev;
            prev = next;
            next = swap;
        }
        if (prev.isEmpty()) {
            return new Span[0];
        }
        Path best = prev.remove();
        String[] tags = best.outcomes(n, outcomes);
        double[] probabilities = best.probabilities(n);
        features.updateAdaptiveData(tokens, tags);
        Span[] spans = codec.decode(Arrays.asList(tags));
        for (int s = 0; s < spans.length; s++) {
            double p = 0;
            for (int t = spans[s].getStart(); t < spans[s].getEnd(); t++) {
                p += probabilities[t];
            }
            spans[s] = new Span(spans[s], p / spans[s].length());
        }
        return spans;
    }

    void clearAdaptiveData() {
        features.clearAdaptiveData();
    }

    private int[] shapeFeatures(String shape) {
        return outcomeAndShape.computeIfAbsent(shape, s -> {
            int[] byOutcome = new int[outcomes.length + 1];
            for (int o = 0; o <= outcomes.length; o++) {
                byOutcome[o] = weights.id("powf=" + (o == outcomes.length ? NameFinderME.OTHER : outcomes[o]) + "," + s);
            }
            return byOutcome;
        });
    }

    /** The normalisation of OpenNLP's {@code PerceptronModel.eval}. */
    private static void normalize(double[] sums) {
        double maxAbs = 1;
        for (double s : sums) {
            if (maxAbs < StrictMath.abs(s)) {
                maxAbs = StrictMath.abs(s);
            }
        }
        double total = 0;
        for (int o = 0; o < sums.length; o++) {
            sums[o] = StrictMath.exp(sums[o] / maxAbs);
            total += sums[o];
        }
        for (int o = 0; o < sums.length; o++) {
            sums[o] /= total;
        }
    }

    /** A beam entry: the outcome of the last token, linked to the entry it extends. */
    private static final class Path implements Comparable<Path> {
        static final Path START = new Path(null, -1, 1);

        final Path parent;
        final int outcome;
        final double probability;
        final double score;

        Path(Path parent, int outcome, double probability) {
            this.parent = parent;
            this.outcome = outcome;
            this.probability = probability;
            this.score = parent == null ? 0 : parent.score + StrictMath.log(probability);
        }

        String[] outcomes(int length, String[] names) {
            String[] out = new String[length];
            Path p = this;
            for (int i = length - 1; i >= 0; i--, p = p.parent) {
                out[i] = names[p.outcome];
            }
            return out;
        }

        double[] probabilities(int length) {
            double[] out = new double[length];
            Path p = this;
            for (int i = length - 1; i >= 0; i--, p = p.parent) {
                out[i] = p.probability;
            }
            return out;
        }

        @Override
        public int compareTo(Path o) {
            return Double.compare(o.score, score);
        }
    }
}
