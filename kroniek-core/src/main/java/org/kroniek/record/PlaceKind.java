package org.kroniek.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What sort of place a geocoded entity is. */
public enum PlaceKind {
    CITY, REGION, COUNTRY, SITE, OTHER;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static PlaceKind of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
