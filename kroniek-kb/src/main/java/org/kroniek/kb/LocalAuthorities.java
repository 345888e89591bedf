package org.kroniek.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kroniek.record.TextSpan;
import org.kroniek.text.Tsv;

/**
 * Finds local authorities named through their town ("het stadsbestuur" of Mariupol, "the city
 * council of Kharkiv", "Mariupol city council"), from {@code local-authorities.tsv}. The town is
 * the one attached to the head ("van X", "of X", "X city council") or else the town last named
 * before it. Immutable and thread-safe.
 */
public final class LocalAuthorities {
    private static final Pattern ATTACHED = Pattern.compile("\\s+(?:van|of|de|von)\\s+(?:de\\s+|het\\s+|the\\s+)?(?:stad\\s+|city\\s+of\\s+)?");

    private record Head(String head, String template, EntryKind kind) {
    }

    /**
     * A local authority found in a text.
     *
     * @param span the words that name it
     * @param name its canonical name ("Mariupol city council")
     * @param town the town entry it belongs to
     * @param kind its kind (local-authority)
     */
    public record Found(TextSpan span, String name, KbEntry town, EntryKind kind) {
    }

    /** A town named in the text, as the caller resolved it. */
    public record Town(int start, int end, KbEntry entry) {
    }

    private final List<Head> heads = new ArrayList<>();
    private final Pattern pattern;

    public LocalAuthorities() {
        Tsv.forEachRow(KbEntry.class, "local-authorities.tsv", 4, Tsv.Cells.AS_IS, f -> heads.add(new Head(f[1], f[2], EntryKind.of(f[3]))));
        heads.sort((a, b) -> b.head().length() - a.head().length());
        StringBuilder alt = new StringBuilder();
        for (Head h : heads) {
            alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(h.head()));
        }
        pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alt + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
    }

    /**
     * @param text the text
     * @param towns the towns named in it, in text order
     * @return the local authorities whose town is known
     */
    public List<Found> find(String text, List<Town> towns) {
        List<Found> out = new ArrayList<>();
        if (towns.isEmpty()) {
            return out;
        }
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            Head head = headOf(m.group());
            KbEntry town = attached(text, m.start(), m.end(), towns);
            if (town != null) {
                out.add(new Found(TextSpan.of(text, m.start(), m.end()), head.template().replace("{town}", town.name()),
                        town, head.kind()));
            }
        }
        return out;
    }

    private Head headOf(String matched) {
        String lower = matched.toLowerCase(Locale.ROOT);
        for (Head h : heads) {
            if (h.head().toLowerCase(Locale.ROOT).equals(lower)) {
                return h;
            }
        }
        throw new IllegalStateException("no head for " + matched);
    }

    private static KbEntry attached(String text, int start, int end, List<Town> towns) {
        KbEntry before = null;
        for (Town t : towns) {
            if (t.start() >= end) {
                Matcher of = ATTACHED.matcher(text.substring(end, t.start()));
                if (of.matches()) {
                    return t.entry();
                }
                break;
            }
            if (t.end() <= start) {
                before = t.entry();
                if (text.substring(t.end(), start).isBlank()) {
                    return t.entry();
                }
            }
        }
        return before;
    }
}
