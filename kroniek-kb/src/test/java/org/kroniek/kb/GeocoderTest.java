package org.kroniek.kb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kroniek.record.PlaceKind;

class GeocoderTest {
    private final KnowledgeBase kb = KnowledgeBase.standard();
    private final Geocoder geocoder = new Geocoder(kb, new GazetteerTagger(kb));

    private KbEntry geocode(String mention, String context) {
        return geocoder.geocode(mention, context, "en").orElseThrow();
    }

    @Test
    void populationDecidesWithoutContext() {
        assertThat(geocode("Moscow", "").country()).isEqualTo("RU");
        assertThat(geocode("Mariupol", "").country()).isEqualTo("UA");
    }

    @Test
    void coMentionedPlacesDecideBetweenNamesakes() {
        KbEntry idaho = geocode("Moscow", "The university town of Moscow, Idaho, west of Lewiston");
        assertThat(idaho.country()).isEqualTo("US");
        assertThat(idaho.admin1()).isEqualTo("ID");
    }

    @Test
    void countriesNeverResolveToANamesakeTown() {
        KbEntry georgia = geocode("Georgia", "Tbilisi");
        assertThat(georgia.kind()).isEqualTo(EntryKind.COUNTRY);
        assertThat(georgia.country()).isEqualTo("GE");
        assertThat(geocode("Rusland", "").place().kind()).isEqualTo(PlaceKind.COUNTRY);
    }

    @Test
    void regionsResolveToRegions() {
        for (String r : new String[] {"Oost-Oekraïne", "Donbas", "Krim", "oblast Charkiv"}) {
            KbEntry e = geocode(r, "");
            assertThat(e.kind()).as(r).isEqualTo(EntryKind.REGION);
            assertThat(e.country()).isEqualTo("UA");
            assertThat(e.place().precision()).isEqualTo(3);
        }
    }

    @Test
    void aCityNameIsTheCityNotItsRegion() {
        assertThat(geocode("Kharkiv", "").kind()).isEqualTo(EntryKind.CITY);
        assertThat(geocode("Kyiv", "").kind()).isEqualTo(EntryKind.CITY);
    }

    @Test
    void theNamedRegionBeatsANamesakeOutsideIt() {
        // The gazetteer knows Andriivka only far from Kyiv Oblast (near Odesa).
        KbEntry e = geocode("Andriivka", "Damaged houses in Andriivka (Kyiv Oblast)");
        assertThat(e.kind()).isEqualTo(EntryKind.REGION);
        assertThat(e.name()).isEqualTo("Kyiv Oblast");
        assertThat(geocode("Andriivka", "Damaged houses in Andriivka (Odesa Oblast)").kind()).isEqualTo(EntryKind.CITY);
    }

    @Test
    void worldCitiesKeepTheirOwnGeoNamesRecord() {
        KbEntry paris = geocode("Parijs", "");
        assertThat(paris.country()).isEqualTo("FR");
        assertThat(paris.geonames()).isEqualTo(2988507L);
        assertThat(geocode("Boston", "").population()).isGreaterThan(500_000);
    }

    @Test
    void smallDutchAndBelgianPlacesGeocode() {
        assertThat(geocode("Pernis", "Shell in Pernis en Moerdijk").country()).isEqualTo("NL");
        assertThat(geocode("Moerdijk", "Shell in Pernis en Moerdijk").country()).isEqualTo("NL");
        assertThat(geocode("Zeeland", "").kind()).isEqualTo(EntryKind.REGION);
    }

    @Test
    void aNamesakeIsNoEvidenceForItself() {
        assertThat(geocode("Hengelo", "De gemeente Hengelo").population()).isGreaterThan(50_000);
    }

    @Test
    void kmIsGreatCircleDistance() {
        assertThat(Geocoder.km(50.4547, 30.5238, 55.752, 37.6178)).isBetween(750.0, 760.0);
    }
}
