package org.kroniek.extract.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import org.kroniek.record.Precision;
import org.kroniek.record.Published;

/**
 * The date relative expressions are resolved against, at the precision it is known: a
 * publication date of {@code 2022-03} is the month March 2022, not March 1st.
 */
public record Anchor(LocalDate date, Precision precision) {
    public Anchor {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
    }

    /** The anchor of a publication date, or empty when it is missing or unreadable. */
    public static Optional<Anchor> of(Published published) {
        if (published == null) {
            return Optional.empty();
        }
        String v = published.value();
        try {
            return switch (published.precision()) {
                case YEAR -> Optional.of(new Anchor(LocalDate.of(Integer.parseInt(v.substring(0, 4)), 1, 1), Precision.YEAR));
                case MONTH -> Optional.of(new Anchor(LocalDate.parse(v.substring(0, 7) + "-01"), Precision.MONTH));
                case WEEK -> Optional.empty();
                case DAY, DATETIME -> Optional.of(new Anchor(LocalDate.parse(v.substring(0, 10)), Precision.DAY));
            };
        } catch (DateTimeParseException | StringIndexOutOfBoundsException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public boolean atLeast(Precision p) {
        return precision.compareTo(p) >= 0;
    }
}
