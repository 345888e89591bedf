package org.kroniek.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What sort of source speaks in a claim. */
public enum SpeakerKind {
    PERSON, GOVERNMENT, MILITARY, INTELLIGENCE, MEDIA, EXPERT, LOCAL_AUTHORITY, NGO,
    INTERNATIONAL_ORG, UNKNOWN;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static SpeakerKind of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
