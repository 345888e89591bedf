package org.kroniek.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How precise a date is; never more precise than the text and its anchor allow. */
public enum Precision {
    YEAR, MONTH, WEEK, DAY, DATETIME;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Precision of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
