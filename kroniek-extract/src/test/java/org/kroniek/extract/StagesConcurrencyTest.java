package org.kroniek.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.kroniek.extract.events.EventStage;
import org.kroniek.extract.figures.FigureStage;
import org.kroniek.extract.testing.Docs;
import org.kroniek.extract.time.TimeStage;
import org.kroniek.pipeline.Document;
import org.kroniek.pipeline.Layers;
import org.junit.jupiter.api.Test;

/** One instance of each stage shared by several threads gives what it gives on one thread. */
class StagesConcurrencyTest {
    private static final String[] TEXTS = {
            "Woensdag zou een gebouw zijn aangevallen. Er vielen zeker vijf- tot tienduizend doden.",
            "Russian forces shelled Kharkiv on Tuesday, killing at least 21 people.",
            "De Russen gaven Mariupol een week geleden een ultimatum om de wapens neer te leggen.",
            "Negen van de tien gebouwen zijn beschadigd en van een terugtrekking is nog geen sprake.",
    };

    private static String run(TimeStage t, EventStage e, FigureStage f, int i) {
        String text = TEXTS[i % TEXTS.length];
        Document d = Docs.of(text.startsWith("Russian") ? "en" : "nl", "2022-03-30", text);
        t.process(d);
        e.process(d);
        f.process(d);
        return d.list(Layers.TIMES) + "|" + d.list(Layers.EVENTS) + "|" + d.list(Layers.FIGURES);
    }

    @Test
    void sharedStagesAreThreadSafe() throws Exception {
        TimeStage t = new TimeStage();
        EventStage e = new EventStage();
        FigureStage f = new FigureStage();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < TEXTS.length; i++) {
            expected.add(run(t, e, f, i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                results.add(pool.submit(() -> run(t, e, f, n)));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(expected.get(i % TEXTS.length));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
