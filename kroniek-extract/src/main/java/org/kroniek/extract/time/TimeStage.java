package org.kroniek.extract.time;

import java.util.ArrayList;
import java.util.List;
import org.kroniek.extract.support.Languages;
import org.kroniek.pipeline.AnalyzedSentence;
import org.kroniek.pipeline.Document;
import org.kroniek.pipeline.Layers;
import org.kroniek.pipeline.Stage;
import org.kroniek.extract.support.SentenceTokens;
import org.kroniek.record.TimeExpression;

/**
 * Writes {@link Layers#TIMES}: the points in time an article names, sentence by sentence,
 * normalized against its publication date. Durations ("drie jaar") and vague references ("nu")
 * are not points in time and stay out of the record. Thread-safe.
 */
public final class TimeStage implements Stage {
    @Override
    public String name() {
        return "times";
    }

    @Override
    public void process(Document document) {
        String language = Languages.of(document);
        TimeRecognizer recognizer = TimeRecognizer.of(language);
        Anchor anchor = Anchor.of(document.article().published()).orElse(null);
        List<TimeExpression> out = new ArrayList<>();
        for (AnalyzedSentence sentence : SentenceTokens.of(document)) {
            for (TimeMention m : recognizer.find(document.text(), sentence.span())) {
                if (m.spec().kind() == TimeSpec.Kind.DURATION || m.spec().kind() == TimeSpec.Kind.REF) {
                    continue;
                }
                NormalizedTime n = TimeNormalizer.normalize(m.spec(), anchor);
                out.add(new TimeExpression("t" + (out.size() + 1), m.text(), m.start(), m.end(), n.value(), n.precision(),
                        n.weekday(), n.approximate()));
            }
        }
        document.put(Layers.TIMES, List.copyOf(out));
    }
}
