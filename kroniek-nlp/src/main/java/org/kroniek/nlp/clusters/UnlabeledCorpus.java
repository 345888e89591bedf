package org.kroniek.nlp.clusters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kroniek.nlp.conll.ConllReader;
import org.kroniek.nlp.conll.ConllSentence;
import org.kroniek.nlp.tokenize.RuleTokenizer;
import org.kroniek.pipeline.Token;

/**
 * Token sequences (original case) from unlabeled files, for clustering: {@code .jsonl} (the
 * {@code title} and {@code text} fields of each object), CoNLL files ({@code .train},
 * {@code .testa}, {@code .conll}: the word column), anything else line by line as plain text
 * (CSV included: its separators become tokens of their own and cluster together).
 */
public final class UnlabeledCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();

    private UnlabeledCorpus() {
    }

    public static List<List<String>> read(List<Path> files, String language) throws IOException {
        RuleTokenizer tokenizer = RuleTokenizer.forLanguage(language);
        List<List<String>> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.endsWith(".jsonl")) {
                try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    int lineNo = 0;
                    for (String line; (line = r.readLine()) != null; ) {
                        lineNo++;
                        if (line.isBlank()) {
                            continue;
                        }
                        JsonNode node;
                        try {
                            node = JSON.readTree(line);
                        } catch (IOException e) {
                            throw new IllegalArgumentException(f + ":" + lineNo + ": not JSON: " + e.getMessage());
                        }
                        for (String field : List.of("title", "text")) {
                            if (node.hasNonNull(field)) {
                                for (String para : node.get(field).asText().split("\n")) {
                                    add(tokenizer, para, out);
                                }
                            }
                        }
                    }
                }
            } else if (name.endsWith(".train") || name.endsWith(".testa") || name.endsWith(".conll")) {
                for (ConllSentence s : ConllReader.read(f)) {
                    out.add(s.tokens());
                }
            } else {
                try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    for (String line; (line = r.readLine()) != null; ) {
                        add(tokenizer, line, out);
                    }
                }
            }
        }
        return out;
    }

    /** The sequences with every token lower-cased. */
    public static List<List<String>> lowerCased(List<List<String>> sentences) {
        List<List<String>> out = new ArrayList<>(sentences.size());
        for (List<String> s : sentences) {
            out.add(s.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList());
        }
        return out;
    }

    private static void add(RuleTokenizer tokenizer, String text, List<List<String>> out) {
        List<Token> tokens = tokenizer.tokenize(text);
        if (!tokens.isEmpty()) {
            out.add(tokens.stream().map(Token::text).toList());
        }
    }
}
