package org.kroniek.text;

import java.util.Objects;

/** A raw paragraph or heading as a reader found it, before normalization. */
public record Block(String text, boolean heading) {
    public Block {
        Objects.requireNonNull(text, "text");
    }

    public static Block paragraph(String text) {
        return new Block(text, false);
    }

    public static Block heading(String text) {
        return new Block(text, true);
    }
}
