package org.kroniek.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The epistemic status of a claim; a claim carries a set of these. */
public enum ClaimStatus {
    ASSERTED, ALLEGED, UNVERIFIED, DISPUTED, DENIED, CONFIRMED, HEDGED;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ClaimStatus of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }

    /**
     * An unmodifiable copy of {@code statuses} (null: empty) that iterates in declaration order, so
     * that a record's JSON lists them the same way in every run ({@link Set#copyOf} would not).
     */
    public static Set<ClaimStatus> setOf(Collection<ClaimStatus> statuses) {
        return statuses == null || statuses.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(statuses));
    }
}
