package org.kroniek.pipeline;

import java.util.Objects;

/** A token of the text with its offsets and, once tagged, its part of speech (else null). */
public record Token(int start, int end, String text, String pos) {
    public Token {
        Objects.requireNonNull(text, "text");
    }

    public Token withPos(String newPos) {
        return new Token(start, end, text, newPos);
    }
}
