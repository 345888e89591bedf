package org.kroniek.kb.build;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the CLDR-derived resources of the knowledge base from ICU4J's locale data: country names
 * in every language CLDR has ({@code country-names.tsv.gz}) and exemplar-city exonyms
 * ({@code exemplar-cities.tsv.gz}). Run by {@code scripts/build-cldr-names.sh}; the runtime
 * only reads the generated files.
 */
public final class CldrNamesExport {
    private static final String[] EXEMPLAR_LANGUAGES = {"en", "nl", "de", "fr", "ru", "uk"};

    private CldrNamesExport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: CldrNamesExport OUT_DIR");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        writeCountries(out.resolve("country-names.tsv.gz"));
        writeExemplarCities(out.resolve("exemplar-cities.tsv.gz"));
    }

    private static void writeCountries(Path file) throws IOException {
        Set<String> languages = new TreeSet<>();
        for (ULocale l : ULocale.getAvailableLocales()) {
            languages.add(l.getLanguage());
        }
        try (PrintWriter w = writer(file)) {
            w.println("# Country names from CLDR " + com.ibm.icu.util.VersionInfo.ICU_VERSION
                    + " via ICU4J (Unicode licence); built by scripts/build-cldr-names.sh");
            w.println("# country\tname\tlanguages");
            for (String cc : ULocale.getISOCountries()) {
                ULocale region = new ULocale("und", cc);
                Map<String, Set<String>> names = new LinkedHashMap<>();
                for (String lang : languages) {
                    String name = region.getDisplayCountry(new ULocale(lang));
                    if (!name.isBlank() && !name.equals(cc)) {
                        names.computeIfAbsent(name, k -> new TreeSet<>()).add(lang);
                    }
                }
                names.forEach((name, langs) -> w.println(cc + "\t" + name + "\t" + String.join(",", langs)));
            }
        }
    }

    private static void writeExemplarCities(Path file) throws IOException {
        Map<String, Map<String, String>> byZone = new TreeMap<>();
        for (String zone : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
            Map<String, String> names = new LinkedHashMap<>();
            for (String lang : EXEMPLAR_LANGUAGES) {
                String n = TimeZoneNames.getInstance(new ULocale(lang)).getExemplarLocationName(zone);
                if (n != null) {
                    names.put(lang, n);
                }
            }
            byZone.put(zone, names);
        }
        try (PrintWriter w = writer(file)) {
            w.println("# Exemplar-city names from CLDR " + com.ibm.icu.util.VersionInfo.ICU_VERSION
                    + " via ICU4J (Unicode licence); built by scripts/build-cldr-names.sh");
            w.println("# country\tenglish\tlanguage\tname");
            byZone.forEach((zone, names) -> {
                String cc = TimeZone.getRegion(zone);
                String en = names.get("en");
                if (en == null || "001".equals(cc)) {
                    return;
                }
                names.forEach((lang, n) -> {
                    if (!"en".equals(lang) && !n.equals(en)) {
                        w.println(cc + "\t" + en + "\t" + lang + "\t" + n);
                    }
                });
            });
        }
    }

    private static PrintWriter writer(Path file) throws IOException {
        OutputStream os = new GZIPOutputStream(Files.newOutputStream(file));
        return new PrintWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
    }
}
