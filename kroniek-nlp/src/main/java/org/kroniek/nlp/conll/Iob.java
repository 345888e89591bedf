package org.kroniek.nlp.conll;

import java.util.ArrayList;
import java.util.List;

/** Conversions between IOB1/IOB2 tag sequences and typed token spans. */
public final class Iob {
    private Iob() {
    }

    /** A span of tokens [start, end) with an entity type. */
    public record TagSpan(int start, int end, String type) {
    }

    /** IOB1 or IOB2 to IOB2: an {@code I-X} that does not continue an X becomes {@code B-X}. */
    public static List<String> toIob2(List<String> tags) {
        List<String> out = new ArrayList<>(tags.size());
        String prevType = null;
        for (String t : tags) {
            if (t.equals("O") || t.length() < 3 || t.charAt(1) != '-') {
                out.add("O");
                prevType = null;
                continue;
            }
            String type = t.substring(2);
            boolean begins = t.charAt(0) == 'B' || !type.equals(prevType);
            out.add((begins ? "B-" : "I-") + type);
            prevType = type;
        }
        return out;
    }

    /** Entity spans of an IOB1 or IOB2 sequence, as conlleval reads them. */
    public static List<TagSpan> spans(List<String> tags) {
        List<TagSpan> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String t = i < tags.size() ? tags.get(i) : "O";
            boolean outside = t.equals("O") || t.length() < 3 || t.charAt(1) != '-';
            String ty = outside ? null : t.substring(2);
            boolean begins = !outside && (t.charAt(0) == 'B' || !ty.equals(type));
            if (start >= 0 && (outside || begins)) {
                out.add(new TagSpan(start, i, type));
                start = -1;
                type = null;
            }
            if (!outside && (start < 0 || begins)) {
                start = i;
                type = ty;
            }
        }
        return out;
    }

    /** IOB2 tags for {@code length} tokens from spans (which must not overlap). */
    public static List<String> fromSpans(List<TagSpan> spans, int length) {
        List<String> out = new ArrayList<>(java.util.Collections.nCopies(length, "O"));
        for (TagSpan s : spans) {
            for (int i = s.start(); i < s.end(); i++) {
                out.set(i, (i == s.start() ? "B-" : "I-") + s.type());
            }
        }
        return out;
    }
}
