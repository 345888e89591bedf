package org.kroniek.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kroniek.kb.GazetteerTagger;
import org.kroniek.kb.Geocoder;
import org.kroniek.kb.KbEntry;
import org.kroniek.kb.KnowledgeBase;
import org.kroniek.record.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kroniek eval geo FILE}: geocodes each case of a JSON Lines gold file
 * ({@code {"mention", "context", "lat", "lon"}}, optional {@code "split"} and {@code "id"}; see
 * {@code scripts/build-geo-gold.py}) and prints the share placed within 25 km and 161 km.
 */
@Command(name = "geo", mixinStandardHelpOptions = true,
        description = "Geocoding accuracy on a JSONL gold file: mention, context, lat, lon.")
public final class GeoEvalCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "Gold cases, one JSON object a line.")
    Path file;

    @Option(names = "--split", defaultValue = "all", description = "Only cases of this split (dev, test) or all.")
    String split;

    @Option(names = "--lang", defaultValue = "en", description = "Language of the contexts.")
    String lang;

    @Option(names = "--errors", defaultValue = "0", description = "Print this many of the worst cases.")
    int errors;

    private record Result(String id, String mention, String context, double km, String got) {
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UserError("no such file: " + file);
        }
        KnowledgeBase kb = KnowledgeBase.standard();
        Geocoder geocoder = new Geocoder(kb, new GazetteerTagger(kb));
        List<Result> results = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode c = parse(line, lineNo);
            if (!"all".equals(split) && !split.equals(c.path("split").asText())) {
                continue;
            }
            String mention = text(c, "mention", lineNo);
            String context = c.path("context").asText("");
            double lat = number(c, "lat", lineNo);
            double lon = number(c, "lon", lineNo);
            Optional<KbEntry> place = geocoder.geocode(mention, context, lang);
            double km = place.filter(KbEntry::hasCoordinates)
                    .map(p -> Geocoder.km(lat, lon, p.lat(), p.lon())).orElse(Double.POSITIVE_INFINITY);
            results.add(new Result(c.path("id").asText(String.valueOf(lineNo)), mention, context, km,
                    place.map(p -> p.name() + " " + p.country() + " " + p.kind().label()).orElse("-")));
        }
        if (results.isEmpty()) {
            throw new UserError(file + ": no cases" + ("all".equals(split) ? "" : " in split " + split));
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        long found = results.stream().filter(r -> Double.isFinite(r.km)).count();
        long in25 = results.stream().filter(r -> r.km <= 25).count();
        long in161 = results.stream().filter(r -> r.km <= 161).count();
        int n = results.size();
        out.printf(Locale.ROOT, "cases %d (split %s), resolved %d (%.1f%%)%n", n, split, found, 100.0 * found / n);
        out.printf(Locale.ROOT, "within 25 km: %d (%.1f%%)%n", in25, 100.0 * in25 / n);
        out.printf(Locale.ROOT, "within 161 km: %d (%.1f%%)%n", in161, 100.0 * in161 / n);
        results.stream().sorted(Comparator.comparingDouble((Result r) -> -r.km)).limit(errors)
                .forEach(r -> out.printf(Locale.ROOT, "  %s  %.0f km  %s -> %s  | %s%n", r.id, r.km, r.mention, r.got, r.context));
        return ExitCodes.OK;
    }

    private JsonNode parse(String line, int lineNo) {
        try {
            return RecordJson.mapper().readTree(line);
        } catch (JsonProcessingException e) {
            throw new UserError(file + " line " + lineNo + ": not JSON: " + e.getOriginalMessage());
        }
    }

    private String text(JsonNode c, String field, int lineNo) {
        if (!c.path(field).isTextual() || c.path(field).asText().isBlank()) {
            throw new UserError(file + " line " + lineNo + ": missing text field '" + field + "'");
        }
        return c.path(field).asText();
    }

    private double number(JsonNode c, String field, int lineNo) {
        if (!c.path(field).isNumber()) {
            throw new UserError(file + " line " + lineNo + ": missing number field '" + field + "'");
        }
        return c.path(field).asDouble();
    }
}
