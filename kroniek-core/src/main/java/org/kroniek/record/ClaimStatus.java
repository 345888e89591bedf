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
     * @param status statuses in any order, or null
     * @return the same statuses, unmodifiable, iterated in declaration order, so that a record's JSON
     *         does not depend on the JVM ({@code Set.copyOf} iterates in an order salted per run)
     */
    public static Set<ClaimStatus> ordered(Collection<ClaimStatus> status) {
        EnumSet<ClaimStatus> set = EnumSet.noneOf(ClaimStatus.class);
        if (status != null) {
            set.addAll(status);
        }
        return Collections.unmodifiableSet(set);
    }
}
