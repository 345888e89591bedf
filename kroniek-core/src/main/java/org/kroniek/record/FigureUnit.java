package org.kroniek.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The unit a figure counts in. */
public enum FigureUnit {
    PEOPLE, BUILDINGS, PERCENT, OTHER;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static FigureUnit of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
