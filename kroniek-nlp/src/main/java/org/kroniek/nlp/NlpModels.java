package org.kroniek.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;

/**
 * The bundled models, loaded once per language on first use and shared (OpenNLP models are
 * immutable). Dutch NER and POS models are trained by Kroniek (see MODELS.md); English POS comes
 * from {@code opennlp-models-pos-en}. Thread-safe.
 */
public final class NlpModels {
    static final String ENGLISH_POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static final Map<String, Optional<TokenNameFinderModel>> NER = new ConcurrentHashMap<>();
    private static final Map<String, Optional<POSModel>> POS = new ConcurrentHashMap<>();

    private NlpModels() {
    }

    /** The bundled name finder of the language, if Kroniek has one. */
    public static Optional<TokenNameFinderModel> ner(String language) {
        return NER.computeIfAbsent(language, l -> load("/org/kroniek/nlp/models/" + l + "-ner.bin", true));
    }

    /** The bundled POS model of the language, if there is one. */
    public static Optional<POSModel> pos(String language) {
        return POS.computeIfAbsent(language, l -> load(l.equals("en") ? ENGLISH_POS
                : "/org/kroniek/nlp/models/" + l + "-pos.bin", false));
    }

    /** Loads a name finder model from a file, for the CLI's {@code --model}. */
    public static TokenNameFinderModel nerFromFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new TokenNameFinderModel(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static <M> Optional<M> load(String resource, boolean ner) {
        try (InputStream in = NlpModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of((M) (ner ? new TokenNameFinderModel(in) : new POSModel(in)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load model " + resource, e);
        }
    }
}
