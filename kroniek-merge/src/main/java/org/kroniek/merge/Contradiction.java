package org.kroniek.merge;

import java.util.Locale;

/**
 * Two reports that cannot both be true, with a one-line reason.
 *
 * @param first  the earlier side (by article, then item)
 * @param second the other side
 */
public record Contradiction(Kind kind, String reason, Side first, Side second) {

    /** What sort of disagreement this is. */
    public enum Kind {
        /** figures of one kind for one place and time whose ranges do not overlap */
        FIGURES,
        /** one source reports an event, another says it is not happening */
        NEGATED_EVENT,
        /** a claim disputed or denied in another article */
        DISPUTED_CLAIM,
        /** a promised retreat or concession followed by an assault of the same actor at the same place */
        BROKEN_PROMISE;

        @com.fasterxml.jackson.annotation.JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One side: an article and the claim, event or figure id in its record, with its evidence.
     */
    public record Side(String article, String item, String evidence) implements Comparable<Side> {
        @Override
        public int compareTo(Side o) {
            int c = article.compareTo(o.article);
            return c != 0 ? c : item.compareTo(o.item);
        }
    }

    static Contradiction of(Kind kind, String reason, Side a, Side b) {
        return a.compareTo(b) <= 0 ? new Contradiction(kind, reason, a, b) : new Contradiction(kind, reason, b, a);
    }
}
