package org.kroniek.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kroniek.pipeline.Pipeline;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.Entity;
import org.kroniek.record.Source;
import org.kroniek.text.Article;

/** The same story in Dutch and English yields the same entity ids, so stores and exports join on them. */
class CrossLanguageEntityIdsTest {
    private static final String NL = "De Russische president Vladimir Poetin waarschuwde de NAVO opnieuw. "
            + "Poetin zei dat troepen rond Kiev blijven. Oekraïne wil lid worden van de NAVO.";
    private static final String EN = "Russian President Vladimir Putin warned NATO again. "
            + "Putin said troops would stay around Kyiv. Ukraine wants to join NATO.";

    private static Map<String, Entity> entities(Pipeline pipeline, String text, String lang) {
        ArticleRecord r = pipeline.process(new Article(Source.ofPath(null), null, null, lang, text, List.of()));
        return r.entities().stream().collect(Collectors.toMap(Entity::name, e -> e));
    }

    @Test
    void dutchAndEnglishRecordsShareEntityIds() {
        Pipeline pipeline = StandardPipeline.create();
        Map<String, Entity> nl = entities(pipeline, NL, "nl");
        Map<String, Entity> en = entities(pipeline, EN, "en");
        for (String name : List.of("Vladimir Putin", "Kyiv", "NATO", "Ukraine")) {
            assertThat(nl).as("Dutch " + name).containsKey(name);
            assertThat(en).as("English " + name).containsKey(name);
            assertThat(nl.get(name).id()).isEqualTo(en.get(name).id());
        }
        assertThat(nl.get("Vladimir Putin").aliases()).contains("Vladimir Poetin", "Poetin");
        assertThat(nl.get("Kyiv").place().lat()).isEqualTo(en.get("Kyiv").place().lat());
    }
}
