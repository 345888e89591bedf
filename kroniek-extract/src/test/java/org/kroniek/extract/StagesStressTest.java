package org.kroniek.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.kroniek.extract.events.EventStage;
import org.kroniek.extract.figures.FigureStage;
import org.kroniek.extract.testing.Docs;
import org.kroniek.extract.time.TimeStage;
import org.kroniek.pipeline.Document;
import org.kroniek.pipeline.Layers;
import org.kroniek.record.Event;
import org.kroniek.record.Figure;
import org.kroniek.record.TimeExpression;
import org.junit.jupiter.api.Test;

/** Random soups of the words the rules care about never break the stages, and every span points into the text. */
class StagesStressTest {
    private static final String[] WORDS = {
            "vijf", "-", "tot", "tienduizend", "zeker", "doden", "negen", "van", "de", "tien", "gebouwen", "1.500", "1,5",
            "miljoen", "tweeënhalf", "woensdag", "dinsdagavond", "een", "week", "geleden", "vorige", "30", "maart",
            "begin", "april", "2022", "bombardementen", "raketaanval", "niet", "geen", "sprake", "belofte", "om", "af",
            "te", "schalen", "viel", "aan", ",", ".", "(", ")", "\"", "at", "least", "twenty-five", "killed", "on",
            "Tuesday", "March", "last", "ago", "dozens", "of", "people", "shelled", "denied", "that", "threatened", "to",
            "%", "procent", "op", "en", "and", "between", "ruim", "tientallen", "gewonden", "zo'n", "18-jarige", "€"};

    @Test
    void randomTextNeverBreaksTheStages() {
        Random random = new Random(42);
        TimeStage times = new TimeStage();
        EventStage events = new EventStage();
        FigureStage figures = new FigureStage();
        for (int n = 0; n < 600; n++) {
            StringBuilder b = new StringBuilder();
            int length = 1 + random.nextInt(30);
            for (int i = 0; i < length; i++) {
                b.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(5) == 0 ? "" : " ");
            }
            String text = b.toString().strip();
            if (text.isEmpty()) {
                continue;
            }
            String published = random.nextBoolean() ? "2022-03" : random.nextBoolean() ? "2022-03-30" : null;
            Document d = Docs.of(random.nextBoolean() ? "nl" : "en", published, text);
            times.process(d);
            events.process(d);
            figures.process(d);
            String t = d.text();
            for (TimeExpression x : d.list(Layers.TIMES)) {
                assertThat(t.substring(x.start(), x.end())).as(text).isEqualTo(x.text());
            }
            for (Event e : d.list(Layers.EVENTS)) {
                assertThat(t.substring(e.evidence().start(), e.evidence().end())).as(text).isEqualTo(e.evidence().text());
            }
            for (Figure f : d.list(Layers.FIGURES)) {
                assertThat(t.substring(f.evidence().start(), f.evidence().end())).as(text).isEqualTo(f.evidence().text());
                assertThat(f.high() == null || f.high() >= f.low()).as(text).isTrue();
            }
        }
    }
}
