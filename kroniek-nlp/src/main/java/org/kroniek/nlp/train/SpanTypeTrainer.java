package org.kroniek.nlp.train;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.kroniek.nlp.clusters.ClusterLexicon;
import org.kroniek.nlp.conll.ConllSentence;
import org.kroniek.nlp.conll.Iob;
import org.kroniek.nlp.ner.NameSpan;
import org.kroniek.nlp.ner.OpenNlpEntityTagger;
import org.kroniek.nlp.ner.SpanTypeClassifier;
import org.kroniek.nlp.ner.SpanTypes;

/**
 * Trains the {@link SpanTypeClassifier} of a name finder model on the gold names of CoNLL
 * documents, with the word clusters stored in that model, and stores it in a copy of the model.
 */
public final class SpanTypeTrainer {
    private SpanTypeTrainer() {
    }

    /**
     * Maximum-entropy (GIS) settings of the classifier. With {@code folds} >= 2 the training
     * names are those that sequence models trained on the other folds find (with exactly the gold
     * extent), and their guessed type is a feature; with 0 the gold names, without that feature.
     */
    public record Settings(int iterations, int cutoff, double threshold, int folds) {
        public Settings {
            if (iterations < 1 || cutoff < 0 || folds < 0 || folds == 1) {
                throw new IllegalArgumentException("iterations must be >= 1, cutoff >= 0, folds 0 or >= 2");
            }
        }
    }

    /**
     * @param ner    the name finder whose features, clusters and settings the fold models copy
     * @param params the name finder's training parameters, for the fold models
     */
    public static SpanTypeClassifier train(TokenNameFinderModel ner, List<ConllSentence> sentences, Settings settings,
                                           TrainingParameters params) throws IOException {
        List<ClusterLexicon> lexicons = SpanTypes.lexicons(ner);
        List<List<ConllSentence>> documents = documents(sentences);
        boolean modelType = settings.folds() >= 2;
        List<Event> events = new ArrayList<>();
        if (!modelType) {
            for (List<ConllSentence> d : documents) {
                addEvents(events, lexicons, d, gold(d), false);
            }
        } else {
            for (int k = 0; k < settings.folds(); k++) {
                List<ConllSentence> rest = new ArrayList<>();
                for (int d = 0; d < documents.size(); d++) {
                    if (d % settings.folds() != k) {
                        rest.addAll(documents.get(d));
                    }
                }
                OpenNlpEntityTagger tagger = new OpenNlpEntityTagger(retrain(ner, rest, params));
                for (int d = k; d < documents.size(); d += settings.folds()) {
                    List<ConllSentence> doc = documents.get(d);
                    tagger.clearAdaptiveData();
                    List<List<NameSpan>> found = new ArrayList<>();
                    for (ConllSentence s : doc) {
                        found.add(tagger.tag(s.tokenArray()));
                    }
                    addEvents(events, lexicons, doc, found, true);
                }
            }
        }
        TrainingParameters maxent = new TrainingParameters();
        maxent.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        maxent.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        maxent.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        maxent.put(TrainingParameters.THREADS_PARAM, 1);
        EventTrainer trainer = TrainerFactory.getEventTrainer(maxent, new HashMap<>());
        MaxentModel model = trainer.train(new CollectionObjectStream<>(events));
        return new SpanTypeClassifier(model, settings.threshold(), modelType);
    }

    /** A name finder like {@code ner} (same features, clusters, coding) trained on other sentences. */
    private static TokenNameFinderModel retrain(TokenNameFinderModel ner, List<ConllSentence> sentences,
                                                TrainingParameters params) throws IOException {
        Map<String, Object> resources = new HashMap<>();
        List<ClusterLexicon> lexicons = SpanTypes.lexicons(ner);
        for (int i = 0; i < lexicons.size(); i++) {
            resources.put("c" + i + ".clusters", lexicons.get(i));
        }
        TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, ner.getArtifact("generator.featuregen"),
                resources, ner.getFactory().createSequenceCodec());
        return NameFinderME.train(ner.getLanguage(), null, new CollectionObjectStream<>(NerTrainer.samples(sentences)),
                params, factory);
    }

    private static List<List<ConllSentence>> documents(List<ConllSentence> sentences) {
        List<List<ConllSentence>> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= sentences.size(); i++) {
            if (i == sentences.size() || sentences.get(i).documentStart()) {
                out.add(sentences.subList(start, i));
                start = i;
            }
        }
        return out;
    }

    private static List<List<NameSpan>> gold(List<ConllSentence> document) {
        List<List<NameSpan>> names = new ArrayList<>();
        for (ConllSentence s : document) {
            List<NameSpan> gold = new ArrayList<>();
            for (Iob.TagSpan t : Iob.spans(s.tags())) {
                gold.add(new NameSpan(t.start(), t.end(), t.type(), 1, "gold"));
            }
            names.add(gold);
        }
        return names;
    }

    /** One event per name whose extent is a gold name's, labelled with the gold type. */
    private static void addEvents(List<Event> events, List<ClusterLexicon> lexicons, List<ConllSentence> document,
                                  List<List<NameSpan>> names, boolean modelType) {
        List<String[]> tokens = document.stream().map(ConllSentence::tokenArray).toList();
        List<List<String[]>> features = SpanTypes.features(lexicons, modelType, tokens, names);
        List<List<NameSpan>> gold = gold(document);
        for (int s = 0; s < names.size(); s++) {
            for (int i = 0; i < names.get(s).size(); i++) {
                NameSpan n = names.get(s).get(i);
                for (NameSpan g : gold.get(s)) {
                    if (g.start() == n.start() && g.end() == n.end()) {
                        events.add(new Event(g.type(), features.get(s).get(i)));
                    }
                }
            }
        }
    }

    /** A copy of the name finder model with the classifier stored in it (replacing an earlier one). */
    public static TokenNameFinderModel attach(TokenNameFinderModel ner, SpanTypeClassifier classifier) {
        Map<String, Object> resources = new HashMap<>();
        List<ClusterLexicon> lexicons = SpanTypes.lexicons(ner);
        for (int i = 0; i < lexicons.size(); i++) {
            resources.put("c" + i + ".clusters", lexicons.get(i));
        }
        resources.put(SpanTypeClassifier.ARTIFACT, classifier);
        byte[] descriptor = ner.getArtifact("generator.featuregen");
        MaxentModel finder = ner.getArtifact("nameFinder.model");
        return new TokenNameFinderModel(ner.getLanguage(), finder, Integer.parseInt(ner.getManifestProperty("BeamSize")),
                descriptor, resources, Map.of(), ner.getFactory().createSequenceCodec(), ner.getFactory());
    }
}
