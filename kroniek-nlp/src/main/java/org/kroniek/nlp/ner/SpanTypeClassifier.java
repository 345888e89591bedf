package org.kroniek.nlp.ner;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;
import org.kroniek.text.Tsv;

/**
 * A second opinion on the type of each name the sequence model found, from a maximum-entropy
 * classifier over the whole name and its occurrences in the document ({@link SpanTypeFeatures}).
 * Most errors of the Dutch model are right spans with the wrong type (a company tagged as a
 * person); the classifier overrides the model's type when it gives another type a probability of
 * at least {@code threshold}, averaged over the name's occurrences in the document, so that they
 * keep one type. Stored as a resource inside the name finder model
 * ({@value #ARTIFACT}). Immutable and thread-safe.
 */
public final class SpanTypeClassifier implements SerializableArtifact {
    /** The name of the artifact in a name finder model. */
    public static final String ARTIFACT = "span-types.classifier";

    private static final Set<String> PERSON_TITLES = Set.copyOf(Tsv.lines(SpanTypeClassifier.class, "/org/kroniek/nlp/person-titles.txt"));

    private final MaxentModel model;
    private final double threshold;
    private final boolean modelType;

    /**
     * @param modelType whether the classifier was trained with the sequence model's type as a
     *                  feature (from models trained on the other folds of the training data)
     */
    public SpanTypeClassifier(MaxentModel model, double threshold, boolean modelType) {
        if (!(model instanceof AbstractModel)) {
            throw new IllegalArgumentException("not a serializable model: " + model.getClass());
        }
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be in (0, 1], not " + threshold);
        }
        this.model = model;
        this.threshold = threshold;
        this.modelType = modelType;
    }

    public boolean usesModelType() {
        return modelType;
    }

    public double threshold() {
        return threshold;
    }

    public SpanTypeClassifier withThreshold(double t) {
        return new SpanTypeClassifier(model, t, modelType);
    }

    /**
     * The names with types revised. The classifier's probabilities are averaged over all
     * occurrences of the same name in the document, so they all get the same type. Names from a
     * gazetteer keep theirs.
     */
    List<List<NameSpan>> retype(SpanTypeFeatures features, List<String[]> sentences, List<List<NameSpan>> names) {
        List<List<String[]>> contexts = features.features(new SpanTypeFeatures.Doc(sentences, names));
        Map<String, double[]> pooled = new HashMap<>();
        Set<String> titledPersons = new HashSet<>();
        for (int s = 0; s < names.size(); s++) {
            for (int i = 0; i < names.get(s).size(); i++) {
                NameSpan n = names.get(s).get(i);
                if ("PER".equals(n.type()) && afterTitle(sentences.get(s), n)) {
                    titledPersons.add(key(sentences.get(s), n));
                }
                if (revisable(n)) {
                    double[] p = model.eval(contexts.get(s).get(i));
                    double[] sum = pooled.computeIfAbsent(key(sentences.get(s), n), k -> new double[p.length + 1]);
                    for (int o = 0; o < p.length; o++) {
                        sum[o] += p[o];
                    }
                    sum[p.length]++;
                }
            }
        }
        List<List<NameSpan>> out = new ArrayList<>(names.size());
        for (int s = 0; s < names.size(); s++) {
            List<NameSpan> revised = new ArrayList<>(names.get(s).size());
            for (NameSpan n : names.get(s)) {
                if (!revisable(n)) {
                    revised.add(n);
                    continue;
                }
                double[] sum = pooled.get(key(sentences.get(s), n));
                int outcomes = sum.length - 1;
                int best = 0;
                for (int o = 1; o < outcomes; o++) {
                    if (sum[o] > sum[best]) {
                        best = o;
                    }
                }
                String type = model.getOutcome(best);
                revised.add(type.equals(n.type()) || sum[best] / sum[outcomes] < threshold
                        || "PER".equals(type) && isAcronym(sentences.get(s), n)
                        || titledPersons.contains(key(sentences.get(s), n)) ? n
                        : new NameSpan(n.start(), n.end(), type, n.probability(), n.origin() + "+types"));
            }
            out.add(revised);
        }
        return out;
    }

    /** "minister Wiebes", "President Biden": a person named with a title stays a person. */
    private static boolean afterTitle(String[] tokens, NameSpan n) {
        if (n.start() == 0) {
            return false;
        }
        String before = tokens[n.start() - 1].toLowerCase(Locale.ROOT);
        return PERSON_TITLES.contains(before)
                || n.start() >= 2 && PERSON_TITLES.contains(tokens[n.start() - 2].toLowerCase(Locale.ROOT) + " " + before);
    }

    /** "ING", "NAC", "ADHD": a name in capitals is an organisation or a thing, never made a person. */
    private static boolean isAcronym(String[] tokens, NameSpan n) {
        if (n.end() - n.start() != 1) {
            return false;
        }
        String t = tokens[n.start()];
        return t.length() >= 2 && t.chars().anyMatch(Character::isLetter)
                && t.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c) || c == '&' || c == '-');
    }

    private static boolean revisable(NameSpan n) {
        return !n.origin().contains("gazetteer");
    }

    private static String key(String[] tokens, NameSpan n) {
        return String.join(" ", Arrays.asList(tokens).subList(n.start(), n.end()));
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
        return Serializer.class;
    }

    /** A header line with the threshold, then OpenNLP's binary model; leaves the model's stream open. */
    public static final class Serializer implements ArtifactSerializer<SpanTypeClassifier> {
        private static final String HEADER = "kroniek-span-types 1 threshold=";
        private static final String MODEL_TYPE = " modeltype=";

        @Override
        public SpanTypeClassifier create(InputStream in) throws IOException {
            DataInputStream data = new DataInputStream(new ByteArrayInputStream(in.readAllBytes()));
            String header = data.readUTF();
            if (!header.startsWith(HEADER)) {
                throw new IOException("not a span type classifier: " + header);
            }
            String[] values = header.substring(HEADER.length()).split(MODEL_TYPE);
            AbstractModel model = new GenericModelReader(new BinaryFileDataReader(data)).getModel();
            return new SpanTypeClassifier(model, Double.parseDouble(values[0]), Boolean.parseBoolean(values[1]));
        }

        @Override
        public void serialize(SpanTypeClassifier artifact, OutputStream out) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream data = new DataOutputStream(bytes);
            data.writeUTF(HEADER + String.format(Locale.ROOT, "%.3f", artifact.threshold) + MODEL_TYPE + artifact.modelType);
            GenericModelWriter writer = new GenericModelWriter((AbstractModel) artifact.model, data);
            writer.persist();
            data.flush();
            out.write(bytes.toByteArray());
            out.flush();
        }
    }
}
