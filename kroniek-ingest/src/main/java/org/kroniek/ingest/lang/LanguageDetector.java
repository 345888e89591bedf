package org.kroniek.ingest.lang;

/** Tells which language a text is written in. Implementations are thread-safe. */
public interface LanguageDetector {
    /** The code for an undetermined language. */
    String UNDETERMINED = "und";

    /**
     * @param text an article's text (implementations may look at only its start)
     * @return an ISO 639-1 code ({@code nl}, {@code en}), an ISO 639-3 code where no two-letter
     *     code exists, or {@link #UNDETERMINED}
     */
    String detect(String text);
}
