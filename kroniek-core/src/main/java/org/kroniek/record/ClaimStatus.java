package org.kroniek.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

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
}
