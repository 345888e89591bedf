package org.kroniek.nlp.train;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.kroniek.nlp.clusters.ClusterFile;
import org.kroniek.nlp.clusters.ClusterLexicon;
import org.kroniek.nlp.conll.ConllSentence;
import org.kroniek.nlp.conll.Iob;

/**
 * Trains an OpenNLP name finder on CoNLL sentences with Kroniek's feature set
 * ({@code ner-features.xml}) plus word-cluster features from cluster files
 * ({@code word<TAB>cluster}, see {@link org.kroniek.nlp.clusters.ClusterFile}).
 * All entity types are trained together (OpenNLP's type argument stays null). A custom feature
 * descriptor may replace the bundled one; {@code {CLUSTERS}} in it marks where cluster features go.
 */
public final class NerTrainer {
    private NerTrainer() {
    }

    /** Training settings; {@code algorithm} is {@code PERCEPTRON} or {@code MAXENT}. */
    public record Settings(String algorithm, int iterations, int cutoff, int beamSize, List<Path> clusters,
                           Path features, String codec) {
        public Settings {
            if (!algorithm.equals("PERCEPTRON") && !algorithm.equals("MAXENT")) {
                throw new IllegalArgumentException("algorithm must be PERCEPTRON or MAXENT, not " + algorithm);
            }
            clusters = List.copyOf(clusters);
            if (!codec.equals("BIO") && !codec.equals("BILOU")) {
                throw new IllegalArgumentException("codec must be BIO or BILOU, not " + codec);
            }
        }

        public static Settings defaults() {
            return new Settings("PERCEPTRON", 150, 1, 3, List.of(), null, "BIO");
        }
    }

    public static TokenNameFinderModel train(String language, List<ConllSentence> sentences, Settings settings)
            throws IOException {
        Map<String, Object> resources = new HashMap<>();
        StringBuilder clusterXml = new StringBuilder();
        for (int i = 0; i < settings.clusters().size(); i++) {
            String name = "c" + i + ".clusters";
            resources.put(name, loadClusters(settings.clusters().get(i)));
            clusterXml.append("""
                    <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                      <int name="prevLength">1</int>
                      <int name="nextLength">1</int>
                      <generator class="org.kroniek.nlp.clusters.ClusterFeatureGeneratorFactory">
                        <str name="dict">%s</str>
                      </generator>
                    </generator>
                    """.formatted(name));
        }
        String xml = settings.features() == null ? featureXml() : Files.readString(settings.features(), StandardCharsets.UTF_8);
        byte[] features = xml.replace("{CLUSTERS}", clusterXml).getBytes(StandardCharsets.UTF_8);
        TrainingParameters params = parameters(settings);
        TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, features, resources,
                settings.codec().equals("BIO") ? new BioCodec() : new BilouCodec());
        return NameFinderME.train(language, null, new CollectionObjectStream<>(samples(sentences)), params, factory);
    }

    /** OpenNLP's training parameters for the settings (one thread). */
    public static TrainingParameters parameters(Settings settings) {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, settings.algorithm());
        params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        params.put("BeamSize", settings.beamSize());
        params.put(TrainingParameters.THREADS_PARAM, 1);
        return params;
    }

    public static List<NameSample> samples(List<ConllSentence> sentences) {
        List<NameSample> out = new ArrayList<>(sentences.size());
        for (ConllSentence s : sentences) {
            List<Iob.TagSpan> spans = Iob.spans(s.tags());
            Span[] names = spans.stream().map(t -> new Span(t.start(), t.end(), t.type())).toArray(Span[]::new);
            out.add(new NameSample(s.tokenArray(), names, s.documentStart()));
        }
        return out;
    }

    private static ClusterLexicon loadClusters(Path file) throws IOException {
        return new ClusterLexicon(ClusterFile.read(file));
    }

    private static String featureXml() {
        try (InputStream in = NerTrainer.class.getResourceAsStream("/org/kroniek/nlp/ner-features.xml")) {
            if (in == null) {
                throw new IllegalStateException("ner-features.xml missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
