package org.kroniek.record;

import java.util.Objects;

/**
 * A casualty or damage figure. {@code low} is the most conservative reading; {@code high} is
 * null for "at least" figures without an upper bound.
 */
public record Figure(FigureKind kind, Long low, Long high, FigureUnit unit, String object, String location,
                     String claim, boolean approximate, TextSpan evidence) {
    public Figure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(evidence, "evidence");
    }
}
