package org.kroniek.ingest.lang;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;

/** Normalizes language tags ({@code nl-NL}, {@code NLD}, {@code en_US}) to the record's codes. */
public final class LanguageCodes {
    private static final Set<String> TWO_LETTER = Set.of(Locale.getISOLanguages());
    private static final Map<String, String> THREE_TO_TWO = threeToTwo();

    private LanguageCodes() {
    }

    private static Map<String, String> threeToTwo() {
        Map<String, String> m = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                m.put(new Locale(two).getISO3Language(), two);
            } catch (MissingResourceException e) {
                // no three-letter code known for this language
            }
        }
        // ISO 639-2/B codes that differ from 639-3
        m.put("dut", "nl");
        m.put("ger", "de");
        m.put("fre", "fr");
        return Map.copyOf(m);
    }

    /**
     * The record's code for a tag, or null when the tag is not a language code.
     *
     * @param tag e.g. {@code nl}, {@code nl-BE}, {@code nld}, {@code EN_us}
     * @return {@code nl}, {@code en}, ...; a 639-3 code when no two-letter code exists
     */
    public static String normalize(String tag) {
        if (tag == null) {
            return null;
        }
        String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        if (primary.length() == 2) {
            return TWO_LETTER.contains(primary) ? primary : null;
        }
        if (primary.length() == 3 && primary.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            if (primary.equals(LanguageDetector.UNDETERMINED)) {
                return null;
            }
            return THREE_TO_TWO.getOrDefault(primary, primary);
        }
        return null;
    }
}
