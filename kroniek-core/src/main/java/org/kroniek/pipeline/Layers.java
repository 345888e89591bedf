package org.kroniek.pipeline;

import java.util.List;
import org.kroniek.record.Claim;
import org.kroniek.record.Entity;
import org.kroniek.record.Event;
import org.kroniek.record.Figure;
import org.kroniek.record.Span;
import org.kroniek.record.TimeExpression;

/**
 * The layers every stage may rely on. A stage that needs a layer of its own declares it beside
 * itself with {@link Layer#of}.
 */
public final class Layers {
    /** Sentence boundaries, in text order. */
    public static final Layer<List<Span>> SENTENCES = Layer.of("sentences", List.class);
    /** Sentences with tokens (and POS tags once tagged). */
    public static final Layer<List<AnalyzedSentence>> TOKENS = Layer.of("tokens", List.class);
    /** Names found by the taggers, before resolution. */
    public static final Layer<List<Mention>> MENTIONS = Layer.of("mentions", List.class);
    /** Resolved entities of the record. */
    public static final Layer<List<Entity>> ENTITIES = Layer.of("entities", List.class);
    /** Normalized time expressions. */
    public static final Layer<List<TimeExpression>> TIMES = Layer.of("times", List.class);
    /** Claims with speakers and status. */
    public static final Layer<List<Claim>> CLAIMS = Layer.of("claims", List.class);
    /** PLOVER events. */
    public static final Layer<List<Event>> EVENTS = Layer.of("events", List.class);
    /** Casualty and damage figures. */
    public static final Layer<List<Figure>> FIGURES = Layer.of("figures", List.class);

    private Layers() {
    }
}
