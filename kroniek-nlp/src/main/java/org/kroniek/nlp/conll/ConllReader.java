package org.kroniek.nlp.conll;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-2002/2003 NER files (UTF-8): one token a line, whitespace-separated columns with the
 * word first, POS second and the entity tag last, blank lines between sentences, {@code -DOCSTART-}
 * lines between documents. Tags in IOB1 are converted to IOB2. A file with fewer than two columns
 * on a token line is rejected with the line number.
 */
public final class ConllReader {
    private ConllReader() {
    }

    public static List<ConllSentence> read(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        }
    }

    /** Reads all sentences; {@code name} is used in error messages. */
    public static List<ConllSentence> read(Reader reader, String name) throws IOException {
        BufferedReader r = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<ConllSentence> out = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        boolean docStart = true;
        int lineNo = 0;
        for (String line; (line = r.readLine()) != null; ) {
            lineNo++;
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("-DOCSTART-")) {
                if (!lines.isEmpty()) {
                    out.add(sentence(lines, docStart, name, lineNo - lines.size()));
                    docStart = false;
                    lines.clear();
                }
                if (!s.isEmpty()) {
                    docStart = true;
                }
                continue;
            }
            lines.add(line);
        }
        if (!lines.isEmpty()) {
            out.add(sentence(lines, docStart, name, lineNo - lines.size() + 1));
        }
        return out;
    }

    static ConllSentence sentence(List<String> lines, boolean docStart, String name, int firstLine) {
        List<String> tokens = new ArrayList<>(lines.size());
        List<String> pos = new ArrayList<>(lines.size());
        List<String> tags = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String[] f = lines.get(i).strip().split("\\s+");
            if (f.length < 2) {
                throw new IllegalArgumentException(name + ":" + (firstLine + i) + ": expected at least 2 columns, got '"
                        + lines.get(i) + "'");
            }
            tokens.add(f[0]);
            pos.add(f.length >= 3 ? f[1] : "_");
            tags.add(f[f.length - 1]);
        }
        return new ConllSentence(lines, tokens, pos, Iob.toIob2(tags), docStart);
    }
}
