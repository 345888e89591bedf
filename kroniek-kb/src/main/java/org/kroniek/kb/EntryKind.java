package org.kroniek.kb;

import java.util.Locale;
import org.kroniek.record.PlaceKind;
import org.kroniek.record.SpeakerKind;

/** What a knowledge-base entry is: a person, a kind of organisation, or a kind of place. */
public enum EntryKind {
    PERSON, GOVERNMENT, MILITARY, INTELLIGENCE, MEDIA, INTERNATIONAL_ORG, NGO, LOCAL_AUTHORITY,
    COMPANY, PARTY, OTHER, COUNTRY, REGION, CITY, SITE, DEMONYM;

    /** The lower-case label used in resource files and records: {@code international-org}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses a label as written in the resource files. */
    public static EntryKind of(String label) {
        try {
            return valueOf(label.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown entry kind '" + label + "'", e);
        }
    }

    public boolean isPlace() {
        return this == COUNTRY || this == REGION || this == CITY || this == SITE;
    }

    /** The record's place kind, or null for entries that are not places. */
    public PlaceKind placeKind() {
        return switch (this) {
            case COUNTRY -> PlaceKind.COUNTRY;
            case REGION -> PlaceKind.REGION;
            case CITY -> PlaceKind.CITY;
            case SITE -> PlaceKind.SITE;
            default -> null;
        };
    }

    /** The claim speaker kind this entry has when it speaks, or null when none fits. */
    public SpeakerKind speakerKind() {
        return switch (this) {
            case PERSON -> SpeakerKind.PERSON;
            case GOVERNMENT -> SpeakerKind.GOVERNMENT;
            case MILITARY -> SpeakerKind.MILITARY;
            case INTELLIGENCE -> SpeakerKind.INTELLIGENCE;
            case MEDIA -> SpeakerKind.MEDIA;
            case INTERNATIONAL_ORG -> SpeakerKind.INTERNATIONAL_ORG;
            case NGO -> SpeakerKind.NGO;
            case LOCAL_AUTHORITY -> SpeakerKind.LOCAL_AUTHORITY;
            default -> null;
        };
    }
}
