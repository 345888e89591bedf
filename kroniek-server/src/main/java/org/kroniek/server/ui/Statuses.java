package org.kroniek.server.ui;

import java.util.Collection;
import java.util.List;

/**
 * Claim statuses as the UI shows them: one colour per status (in {@code app.css} as
 * {@code .st-NAME}), and the status a claim is coloured by when it has several: the most
 * cautionary one.
 */
public final class Statuses {
    /** Most cautionary first. */
    public static final List<String> ORDER = List.of("denied", "disputed", "unverified", "alleged", "hedged",
            "confirmed", "asserted");

    private Statuses() {
    }

    public static String primary(Collection<String> statuses) {
        for (String s : ORDER) {
            if (statuses.contains(s)) {
                return s;
            }
        }
        return "asserted";
    }

    /** Status badges, one per status, in the order above. */
    public static void badges(Html h, Collection<String> statuses) {
        for (String s : ORDER) {
            if (statuses.contains(s)) {
                h.el("span", "badge st-" + s, s);
            }
        }
    }

    /** The colour legend. */
    public static void legend(Html h) {
        h.raw("<div class=\"legend\" aria-label=\"Claim status colours\">");
        for (String s : ORDER) {
            h.el("span", "badge st-" + s, s);
        }
        h.raw("</div>");
    }
}
