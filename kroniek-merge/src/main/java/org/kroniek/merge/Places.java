package org.kroniek.merge;

import org.kroniek.record.Place;
import org.kroniek.record.PlaceKind;

/** Whether two locations (entity ids with optional coordinates) can be the same place or one inside the other. */
final class Places {
    private final MergeConfig config;

    Places(MergeConfig config) {
        this.config = config;
    }

    /** One or both unknown is compatible; otherwise the same id, nearby, or one a region or country holding the other. */
    boolean compatible(String idA, Place a, String idB, Place b) {
        if (idA == null || idB == null || idA.equals(idB)) {
            return true;
        }
        return known(idA, a, idB, b);
    }

    /** Like {@link #compatible} but both locations must be known. */
    boolean known(String idA, Place a, String idB, Place b) {
        if (idA == null || idB == null) {
            return false;
        }
        if (idA.equals(idB)) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        double km = km(a, b);
        if (km <= config.placeRadiusKm()) {
            return true;
        }
        return holds(a, b, km) || holds(b, a, km);
    }

    /** Like {@link #known} but only for geocoded towns, sites and regions (never a whole country or an ungeocoded name). */
    boolean local(String idA, Place a, String idB, Place b) {
        if (idA == null || idB == null) {
            return false;
        }
        if (!localKind(a) || !localKind(b)) {
            return false;
        }
        return idA.equals(idB) || known(idA, a, idB, b);
    }

    private static boolean localKind(Place p) {
        return p != null && p.kind() != PlaceKind.COUNTRY && p.kind() != PlaceKind.OTHER;
    }

    private boolean holds(Place outer, Place inner, double km) {
        boolean sameCountry = outer.country() != null && outer.country().equals(inner.country());
        if (!sameCountry) {
            return false;
        }
        if (outer.kind() == PlaceKind.COUNTRY) {
            return inner.kind() != PlaceKind.COUNTRY;
        }
        return outer.kind() == PlaceKind.REGION && inner.kind() != PlaceKind.REGION && inner.kind() != PlaceKind.COUNTRY
                && km <= config.regionRadiusKm();
    }

    static double km(Place a, Place b) {
        double p1 = Math.toRadians(a.lat());
        double p2 = Math.toRadians(b.lat());
        double dp = p2 - p1;
        double dl = Math.toRadians(b.lon() - a.lon());
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
