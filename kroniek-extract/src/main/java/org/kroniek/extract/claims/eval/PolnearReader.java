package org.kroniek.extract.claims.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.kroniek.record.Span;

/**
 * Reads PolNeAR's brat standoff ({@code attributions/NAME_ANNOTATOR.ann} beside {@code text/NAME.txt}):
 * {@code T} lines are spans typed Source, Cue, Content (fragments separated by {@code ;}), {@code E}
 * lines tie them into one attribution. Offsets are character offsets into the text file.
 */
public final class PolnearReader {
    /** One annotated document: its text and gold attributions. */
    public record Doc(String name, String text, List<BratAttribution> attributions) {
    }

    private PolnearReader() {
    }

    /** All annotated documents of a split folder such as {@code polnear/dev}, in file-name order. */
    public static List<Doc> read(Path split) throws IOException {
        Path annotations = split.resolve("attributions");
        Path texts = split.resolve("text");
        if (!Files.isDirectory(annotations) || !Files.isDirectory(texts)) {
            throw new IOException(split + ": not a PolNeAR split (needs attributions/ and text/)");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(annotations)) {
            files = s.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
        }
        List<Doc> out = new ArrayList<>();
        for (Path ann : files) {
            String base = ann.getFileName().toString().replaceFirst("_[0-9a-f]+\\.ann$", "");
            Path txt = texts.resolve(base + ".txt");
            if (!Files.exists(txt)) {
                throw new IOException(ann + ": no text file " + txt.getFileName());
            }
            String text = Files.readString(txt, StandardCharsets.UTF_8);
            out.add(new Doc(base, text, parse(ann, Files.readAllLines(ann, StandardCharsets.UTF_8))));
        }
        return out;
    }

    static List<BratAttribution> parse(Path file, List<String> lines) throws IOException {
        Map<String, List<Span>> spans = new HashMap<>();
        List<BratAttribution> out = new ArrayList<>();
        for (String line : lines) {
            if (line.matches("T\\d+\t.*")) {
                // a span whose text holds a line break continues on the next line, which is skipped
                String[] f = line.split("\t");
                String[] typeAndOffsets = f[1].split(" ", 2);
                List<Span> fragments = new ArrayList<>();
                for (String frag : typeAndOffsets[1].split(";")) {
                    String[] se = frag.trim().split(" ");
                    fragments.add(new Span(Integer.parseInt(se[0]), Integer.parseInt(se[1])));
                }
                spans.put(f[0], fragments);
            }
        }
        for (String line : lines) {
            if (!line.matches("E\\d+\t.*")) {
                continue;
            }
            List<Span> source = List.of();
            List<Span> cue = List.of();
            List<Span> content = List.of();
            for (String arg : line.split("\t")[1].split(" ")) {
                String[] kv = arg.split(":");
                if (kv.length != 2) {
                    continue;
                }
                List<Span> s = spans.getOrDefault(kv[1], List.of());
                switch (kv[0]) {
                    case "Source" -> source = s;
                    case "Cue" -> cue = s;
                    case "Content" -> content = s;
                    default -> { }
                }
            }
            out.add(new BratAttribution(source, cue, content));
        }
        return out;
    }
}
