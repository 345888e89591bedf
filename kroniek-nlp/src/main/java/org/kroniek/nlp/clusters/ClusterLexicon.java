package org.kroniek.nlp.clusters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * Word clusters as a model resource of an OpenNLP name finder. OpenNLP's own
 * {@code WordClusterDictionary} closes the model's zip stream when it is written (so a model with
 * clusters cannot be saved) and reads space-separated lines; this one keeps the stream open and
 * reads Kroniek's {@code word<TAB>cluster} lines. Immutable.
 */
public final class ClusterLexicon implements SerializableArtifact {
    private final Map<String, String> clusters;

    public ClusterLexicon(Map<String, String> clusters) {
        Map<String, String> copy = new HashMap<>(clusters.size() * 2);
        clusters.forEach((w, c) -> copy.put(w, c.intern()));
        this.clusters = copy;
    }

    /** The word's cluster, or null. */
    public String cluster(String word) {
        return clusters.get(word);
    }

    public int size() {
        return clusters.size();
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
        return Serializer.class;
    }

    /** Reads and writes {@code word<TAB>cluster} lines without closing the model's stream. */
    public static final class Serializer implements ArtifactSerializer<ClusterLexicon> {
        @Override
        public ClusterLexicon create(InputStream in) throws IOException {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new HashMap<>();
            for (String line; (line = r.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    map.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
            return new ClusterLexicon(map);
        }

        @Override
        public void serialize(ClusterLexicon artifact, OutputStream out) throws IOException {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            for (var e : new java.util.TreeMap<>(artifact.clusters).entrySet()) {
                w.write(e.getKey());
                w.write('\t');
                w.write(e.getValue());
                w.write('\n');
            }
            w.flush();
        }
    }
}
