package org.kroniek.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How one claim relates to another. */
public enum RelationType {
    CONFIRMS, DISPUTES, DENIES, REPEATS;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static RelationType of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
