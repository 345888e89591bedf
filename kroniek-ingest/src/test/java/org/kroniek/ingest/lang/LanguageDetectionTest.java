package org.kroniek.ingest.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectionTest {
    private final LanguageDetector detector = OpenNlpLanguageDetector.shared();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl|Russische troepen hebben woensdag opnieuw Charkiv beschoten, meldt de regionale gouverneur.",
        "en|Russian forces shelled Kharkiv again on Wednesday, the regional governor said.",
        "de|Russische Truppen haben Charkiw am Mittwoch erneut beschossen, teilte der Gouverneur mit.",
        "fr|Les forces russes ont de nouveau bombardé Kharkiv mercredi, selon le gouverneur régional.",
        "uk|Російські війська в середу знову обстріляли Харків, повідомив голова обласної адміністрації.",
        "ru|Российские войска в среду снова обстреляли Харьков, сообщил глава областной администрации.",
        "nl|Met rollator klem tussen liftdeuren",
        "nl|De RAI Vereniging wil naar 30 km per uur.",
        "nl|Thierry Baudet, maandag in het Kurhaus.",
    })
    void tellsTheLanguagesApart(String language, String text) {
        assertThat(detector.detect(text)).isEqualTo(language);
    }

    @Test
    void tooLittleTextIsUndetermined() {
        assertThat(detector.detect("Stef Blok,")).isEqualTo("und");
        assertThat(detector.detect("12 34 56 78 90")).isEqualTo("und");
    }

    @Test
    void sharedAcrossThreads() throws Exception {
        List<String> texts = List.of("Russische troepen hebben woensdag opnieuw Charkiv beschoten.",
                "Russian forces shelled Kharkiv again on Wednesday.", "Російські війська знову обстріляли Харків.");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String t = texts.get(i % 3);
                results.add(pool.submit(() -> detector.detect(t)));
            }
            for (int i = 0; i < 60; i++) {
                assertThat(results.get(i).get()).isEqualTo(List.of("nl", "en", "uk").get(i % 3));
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void tagsAreNormalized() {
        assertThat(LanguageCodes.normalize("nl-NL")).isEqualTo("nl");
        assertThat(LanguageCodes.normalize("EN_us")).isEqualTo("en");
        assertThat(LanguageCodes.normalize("nld")).isEqualTo("nl");
        assertThat(LanguageCodes.normalize("ukr")).isEqualTo("uk");
        assertThat(LanguageCodes.normalize("dut")).isEqualTo("nl");
        assertThat(LanguageCodes.normalize("und")).isNull();
        assertThat(LanguageCodes.normalize("dutch")).isNull();
        assertThat(LanguageCodes.normalize("zz")).isNull();
    }
}
