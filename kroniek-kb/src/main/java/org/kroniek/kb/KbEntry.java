package org.kroniek.kb;

import java.util.Objects;
import org.kroniek.record.EntityType;
import org.kroniek.record.Place;

/**
 * One thing the knowledge base knows: a person, an organisation, a place, or a demonym.
 *
 * @param id stable entity id ({@link EntityIds}); homonymous places other than the most
 *           populous carry their country and GeoNames id in it
 * @param name canonical name, in English where known
 * @param type CoNLL type
 * @param kind what it is (government, media, city, ...)
 * @param country ISO 3166-1 alpha-2 code, or null for international bodies
 * @param geonames GeoNames id, or null
 * @param lat latitude, NaN when unknown
 * @param lon longitude, NaN when unknown
 * @param population GeoNames population, 0 when unknown
 * @param feature GeoNames feature code (PPLC capital, PPLA seat of a first-level region), or empty
 * @param admin1 GeoNames first-level region code, or empty
 * @param standsFor id of the government this name is used for (the Kremlin for Russia's), or null
 */
public record KbEntry(String id, String name, EntityType type, EntryKind kind, String country, Long geonames,
                      double lat, double lon, long population, String feature, String admin1, String standsFor) {
    public KbEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
        feature = feature == null ? "" : feature;
        admin1 = admin1 == null ? "" : admin1;
    }

    public boolean hasCoordinates() {
        return !Double.isNaN(lat) && !Double.isNaN(lon);
    }

    public boolean isCapital() {
        return "PPLC".equals(feature);
    }

    /**
     * The record's place for this entry, with ACLED precision: 1 for a town or site, 3 for a
     * region or country.
     *
     * @return the place, or null when this is no place or has no coordinates
     */
    public Place place() {
        if (!kind.isPlace() || !hasCoordinates()) {
            return null;
        }
        int precision = kind == EntryKind.CITY || kind == EntryKind.SITE ? 1 : 3;
        return new Place(lat, lon, country, kind.placeKind(), precision, geonames);
    }
}
