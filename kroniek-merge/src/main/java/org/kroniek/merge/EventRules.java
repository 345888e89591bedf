package org.kroniek.merge;

import java.util.Objects;

/**
 * Whether two event mentions describe the same real event: same PLOVER type, same negation and
 * hypotheticality, compatible actors and recipients (the same id or one unknown), compatible
 * places ({@link Places}) and overlapping days at the available precision.
 */
final class EventRules {
    private final Places places;

    EventRules(Places places) {
        this.places = places;
    }

    boolean sameEvent(EventMention a, EventMention b) {
        return a.type() == b.type() && a.negated() == b.negated() && a.hypothetical() == b.hypothetical()
                && compatible(a.actor(), b.actor()) && compatible(a.recipient(), b.recipient())
                && places.compatible(a.location(), a.place(), b.location(), b.place())
                && overlapping(a, b);
    }

    /** Same type and place (both known), compatible actor, overlapping days; flags not compared. */
    boolean sameHappening(EventMention a, EventMention b) {
        return a.type() == b.type() && compatible(a.actor(), b.actor())
                && places.known(a.location(), a.place(), b.location(), b.place()) && overlapping(a, b);
    }

    static boolean overlapping(EventMention a, EventMention b) {
        return a.dates().isEmpty() || b.dates().isEmpty() || a.dates().get().overlaps(b.dates().get());
    }

    static boolean compatible(String x, String y) {
        return x == null || y == null || Objects.equals(x, y);
    }
}
