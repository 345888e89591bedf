package org.kroniek.nlp.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tags names listed in a gazetteer by exact, case-sensitive, longest token match. The bundled
 * gazetteers ({@code gazetteer/<lang>.tsv}: {@code TYPE<TAB>name} lines, names tokenized with
 * spaces) hold well-known names of news about war and politics; the knowledge base can supply a
 * bigger one through {@link #of}. Immutable and thread-safe.
 */
public final class GazetteerEntityTagger implements EntityTagger {
    private static final Set<String> TYPES = Set.of("PER", "ORG", "LOC", "MISC");

    private final Map<String, List<Entry>> byFirstToken;

    private record Entry(String[] tokens, String type) {
    }

    private GazetteerEntityTagger(Map<String, List<Entry>> byFirstToken) {
        this.byFirstToken = byFirstToken;
    }

    /** A tagger for names given as type to token sequences. */
    public static GazetteerEntityTagger of(Map<List<String>, String> names) {
        Map<String, List<Entry>> index = new HashMap<>();
        for (var e : names.entrySet()) {
            if (!TYPES.contains(e.getValue())) {
                throw new IllegalArgumentException("unknown entity type " + e.getValue() + " for " + e.getKey());
            }
            String[] tokens = e.getKey().toArray(String[]::new);
            index.computeIfAbsent(tokens[0], k -> new ArrayList<>()).add(new Entry(tokens, e.getValue()));
        }
        index.values().forEach(l -> l.sort((a, b) -> b.tokens.length - a.tokens.length));
        return new GazetteerEntityTagger(index);
    }

    /** The bundled gazetteer of the language, if any. */
    public static Optional<GazetteerEntityTagger> bundled(String language) {
        String resource = "/org/kroniek/nlp/gazetteer/" + language + ".tsv";
        try (InputStream in = GazetteerEntityTagger.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(of(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<List<String>, String> parse(BufferedReader r, String name) throws IOException {
        Map<List<String>, String> names = new HashMap<>();
        int lineNo = 0;
        for (String line; (line = r.readLine()) != null; ) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 2 || !TYPES.contains(f[0].strip())) {
                throw new IllegalArgumentException(name + ":" + lineNo + ": expected TYPE<TAB>name, got '" + line + "'");
            }
            names.put(List.of(f[1].strip().split(" +")), f[0].strip());
        }
        return names;
    }

    @Override
    public List<NameSpan> tag(String[] tokens) {
        List<NameSpan> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.length) {
            int matched = 0;
            for (Entry e : byFirstToken.getOrDefault(tokens[i], List.of())) {
                if (matches(tokens, i, e.tokens)) {
                    out.add(new NameSpan(i, i + e.tokens.length, e.type, 1.0, "gazetteer"));
                    matched = e.tokens.length;
                    break;
                }
            }
            i += Math.max(1, matched);
        }
        return out;
    }

    private static boolean matches(String[] tokens, int at, String[] name) {
        if (at + name.length > tokens.length) {
            return false;
        }
        for (int j = 0; j < name.length; j++) {
            if (!tokens[at + j].equals(name[j])) {
                return false;
            }
        }
        return true;
    }
}
