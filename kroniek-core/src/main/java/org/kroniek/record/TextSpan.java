package org.kroniek.record;

/** A span together with the text it covers, as mentions and evidence are written in the record. */
public record TextSpan(int start, int end, String text) {
    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The span {@code [start, end)} of {@code text}, with the covered text copied out. */
    public static TextSpan of(String text, int start, int end) {
        return new TextSpan(start, end, text.substring(start, end));
    }

    public Span span() {
        return new Span(start, end);
    }
}
