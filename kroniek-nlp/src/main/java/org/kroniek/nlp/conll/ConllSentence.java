package org.kroniek.nlp.conll;

import java.util.List;

/**
 * One sentence of a CoNLL file: its raw lines, tokens, POS column and entity tags in IOB2.
 * {@code documentStart} is true for the first sentence of a document (CoNLL-2002 marks it with a
 * {@code -DOCSTART-} line before, the CoNLL-2003 copy here with one after the previous document).
 */
public record ConllSentence(List<String> lines, List<String> tokens, List<String> pos, List<String> tags,
                            boolean documentStart) {
    public ConllSentence {
        lines = List.copyOf(lines);
        tokens = List.copyOf(tokens);
        pos = List.copyOf(pos);
        tags = List.copyOf(tags);
        if (tokens.size() != pos.size() || tokens.size() != tags.size()) {
            throw new IllegalArgumentException("columns differ in length: " + tokens.size() + " tokens, "
                    + pos.size() + " POS, " + tags.size() + " tags");
        }
    }

    public String[] tokenArray() {
        return tokens.toArray(String[]::new);
    }
}
