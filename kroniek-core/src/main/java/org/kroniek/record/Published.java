package org.kroniek.record;

import java.util.Objects;

/**
 * A publication date at the precision the source gives: {@code 2022-03} (month),
 * {@code 2022-03-30} (day) or an ISO date-time.
 */
public record Published(String value, Precision precision) {
    public Published {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(precision, "precision");
    }
}
