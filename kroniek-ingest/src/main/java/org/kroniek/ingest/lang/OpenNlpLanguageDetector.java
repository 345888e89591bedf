package org.kroniek.ingest.lang;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Language identification with OpenNLP's 103-language model ({@code langdetect-183.bin} from
 * {@code org.apache.opennlp:opennlp-models-langdetect}). The model is loaded once, on first
 * use; each thread gets its own detector over the shared model, so this class is thread-safe.
 * Only the first {@link #SAMPLE_CHARS} characters are looked at; texts with fewer than
 * {@link #MIN_LETTERS} letters are {@link LanguageDetector#UNDETERMINED}. Scores are weighted
 * by the priors in {@code language-priors.txt} (the languages Kroniek expects), which settles
 * short, ambiguous texts such as Dutch headlines that score close to Afrikaans.
 */
public final class OpenNlpLanguageDetector implements LanguageDetector {
    static final int SAMPLE_CHARS = 1000;
    static final int MIN_LETTERS = 12;
    private static final String MODEL_RESOURCE = "/langdetect-183.bin";
    private static final OpenNlpLanguageDetector SHARED = new OpenNlpLanguageDetector();

    private final ThreadLocal<LanguageDetectorME> detectors =
            ThreadLocal.withInitial(() -> new LanguageDetectorME(ModelHolder.MODEL));

    private OpenNlpLanguageDetector() {
    }

    /** The one instance; the model loads when it first detects. */
    public static OpenNlpLanguageDetector shared() {
        return SHARED;
    }

    @Override
    public String detect(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (sample.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count() < MIN_LETTERS) {
            return UNDETERMINED;
        }
        Language best = null;
        double bestScore = -1;
        for (Language l : detectors.get().predictLanguages(sample)) {
            double score = l.getConfidence() * Priors.PRIORS.weight(l.getLang());
            if (score > bestScore) {
                best = l;
                bestScore = score;
            }
        }
        String code = best == null ? null : LanguageCodes.normalize(best.getLang());
        return code == null ? UNDETERMINED : code;
    }

    private static final class Priors {
        static final LanguagePriors PRIORS = LanguagePriors.load("language-priors.txt");
    }

    private static final class ModelHolder {
        static final LanguageDetectorModel MODEL = load();

        private static LanguageDetectorModel load() {
            InputStream raw = OpenNlpLanguageDetector.class.getResourceAsStream(MODEL_RESOURCE);
            if (raw == null) {
                throw new IllegalStateException(MODEL_RESOURCE + " is not on the classpath: add "
                        + "org.apache.opennlp:opennlp-models-langdetect");
            }
            try (InputStream in = new BufferedInputStream(raw)) {
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load " + MODEL_RESOURCE, e);
            }
        }
    }
}
