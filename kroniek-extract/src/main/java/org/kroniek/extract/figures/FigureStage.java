package org.kroniek.extract.figures;

import java.util.ArrayList;
import java.util.List;
import org.kroniek.extract.support.EntityIndex;
import org.kroniek.extract.support.Languages;
import org.kroniek.extract.support.Paragraphs;
import org.kroniek.extract.support.SentenceTokens;
import org.kroniek.pipeline.AnalyzedSentence;
import org.kroniek.pipeline.Document;
import org.kroniek.pipeline.Layers;
import org.kroniek.pipeline.Stage;
import org.kroniek.record.Claim;
import org.kroniek.record.Event;
import org.kroniek.record.Figure;
import org.kroniek.record.FigureKind;
import org.kroniek.record.PlaceKind;
import org.kroniek.record.TextSpan;
import org.kroniek.record.TimeExpression;

/**
 * Writes {@link Layers#FIGURES}: casualty and damage figures with the place they concern (a place
 * named in the sentence, else the nearest one named before in the paragraph) and the claim that reports them.
 * Amounts that are dates ({@link Layers#TIMES}) are skipped; people counted for no casualty kind
 * ("vijftig klimaatactivisten") are kept only inside an event's clause ({@link Layers#EVENTS}).
 * Thread-safe.
 */
public final class FigureStage implements Stage {
    private static final int PREVIOUS_PLACE_WINDOW = 800;

    @Override
    public String name() {
        return "figures";
    }

    @Override
    public void process(Document document) {
        FigureFinder finder = FigureFinder.of(Languages.of(document));
        EntityIndex entities = new EntityIndex(document.list(Layers.ENTITIES));
        List<TimeExpression> times = document.list(Layers.TIMES);
        List<Claim> claims = document.list(Layers.CLAIMS);
        List<Event> events = document.list(Layers.EVENTS);
        List<Figure> out = new ArrayList<>();
        for (AnalyzedSentence sentence : SentenceTokens.of(document)) {
            for (FigureFinder.Found f : finder.find(sentence.tokens())) {
                Quantity q = f.quantity();
                if (times.stream().anyMatch(t -> t.start() < q.numberEnd() && q.numberStart() < t.end())
                        || f.kind() == FigureKind.OTHER && events.stream().noneMatch(e -> e.evidence().start() <= q.start()
                        && q.end() <= e.evidence().end())) {
                    continue;
                }
                out.add(new Figure(f.kind(), Math.round(q.low()), q.high() == null ? null : Math.round(q.high()), f.unit(),
                        f.object(), location(entities, sentence, q, Paragraphs.startOf(document, sentence.span().start())),
                        claim(claims, q), q.approximate(),
                        TextSpan.of(document.text(), f.start(), f.end())));
            }
        }
        document.put(Layers.FIGURES, List.copyOf(out));
    }

    private static String location(EntityIndex entities, AnalyzedSentence s, Quantity q, int paragraphStart) {
        return entities.firstAfter(q.end(), s.span().end(), r -> r.isPlace() && !country(r))
                .or(() -> entities.lastBefore(q.start(), s.span().start(), r -> r.isPlace() && !country(r)))
                .or(() -> entities.lastBefore(s.span().start(), Math.max(paragraphStart, s.span().start() - PREVIOUS_PLACE_WINDOW),
                        r -> r.isPlace() && !country(r)))
                .or(() -> entities.firstAfter(s.span().start(), s.span().end(), EntityIndex.Ref::isPlace))
                .map(EntityIndex.Ref::id).orElse(null);
    }

    private static boolean country(EntityIndex.Ref r) {
        return r.entity().place() != null && r.entity().place().kind() == PlaceKind.COUNTRY;
    }

    private static String claim(List<Claim> claims, Quantity q) {
        Claim best = null;
        for (Claim c : claims) {
            if (c.start() <= q.numberStart() && q.numberEnd() <= c.end()
                    && (best == null || c.end() - c.start() < best.end() - best.start())) {
                best = c;
            }
        }
        return best == null ? null : best.id();
    }
}
