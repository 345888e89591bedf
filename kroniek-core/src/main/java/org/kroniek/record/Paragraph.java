package org.kroniek.record;

/** A paragraph or heading of the record text. */
public record Paragraph(int start, int end, boolean heading) {
    public Span span() {
        return new Span(start, end);
    }
}
