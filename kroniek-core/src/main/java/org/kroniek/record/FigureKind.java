package org.kroniek.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a casualty or damage figure counts. */
public enum FigureKind {
    KILLED, INJURED, DISPLACED, DETAINED, MISSING, DAMAGED, DESTROYED, OTHER;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static FigureKind of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
