package org.kroniek.record;

/**
 * Coordinates of a place entity. {@code precision} follows ACLED's geo_precision: 1 the named
 * town itself, 2 near a place or part of a region, 3 only the region or country is known.
 */
public record Place(double lat, double lon, String country, PlaceKind kind, int precision, Long geonames) {
    public Place {
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("coordinates out of range: " + lat + "," + lon);
        }
        if (precision < 1 || precision > 3) {
            throw new IllegalArgumentException("geo precision must be 1..3: " + precision);
        }
    }
}
