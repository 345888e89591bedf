package org.kroniek.server.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.Claim;
import org.kroniek.record.ClaimStatus;
import org.kroniek.record.Entity;
import org.kroniek.record.Event;
import org.kroniek.record.Paragraph;
import org.kroniek.record.TextSpan;
import org.kroniek.store.EntityKeys;

/**
 * Renders an article's text as HTML paragraphs with its claims, events and entity mentions
 * marked from their offsets. The text is cut at every annotation boundary; each piece is escaped
 * and wrapped in the annotations covering it (claim outside, event, entity inside), so the markup
 * is always well nested, however the spans overlap.
 */
public final class ArticleHighlighter {
    private ArticleHighlighter() {
    }

    public static String render(ArticleRecord r) {
        List<Mark> marks = marks(r);
        List<Paragraph> paragraphs = r.paragraphs().isEmpty()
                ? List.of(new Paragraph(0, r.text().length(), false)) : r.paragraphs();
        Html h = new Html();
        for (Paragraph p : paragraphs) {
            int start = clamp(p.start(), r.text());
            int end = clamp(p.end(), r.text());
            String tag = p.heading() ? "h3" : "p";
            h.raw("<").raw(tag).raw(">");
            TreeSet<Integer> cuts = new TreeSet<>(List.of(start, end));
            for (Mark m : marks) {
                if (m.start > start && m.start < end) {
                    cuts.add(m.start);
                }
                if (m.end > start && m.end < end) {
                    cuts.add(m.end);
                }
            }
            Integer a = cuts.first();
            for (Integer b = cuts.higher(a); b != null; a = b, b = cuts.higher(b)) {
                piece(h, r.text(), a, b, marks);
            }
            h.raw("</").raw(tag).raw(">");
        }
        return h.toString();
    }

    private static void piece(Html h, String text, int a, int b, List<Mark> marks) {
        List<Mark> covering = new ArrayList<>();
        for (Mark m : marks) {
            if (m.start <= a && m.end >= b) {
                covering.add(m);
            }
        }
        for (Mark m : covering) {
            h.raw(m.open(a == m.start));
        }
        h.text(text.substring(a, b));
        for (int i = covering.size() - 1; i >= 0; i--) {
            h.raw(covering.get(i).close);
        }
    }

    private static List<Mark> marks(ArticleRecord r) {
        List<Mark> marks = new ArrayList<>();
        int n = r.text().length();
        for (Claim c : r.claims()) {
            List<String> labels = c.status().stream().map(ClaimStatus::label).toList();
            String open = new Html().raw("<mark").attr("class", "claim st-" + Statuses.primary(labels))
                    .attr("data-claim", c.id()).attr("data-status", String.join(" ", sorted(labels)))
                    .attr("title", c.speaker().text() + " · " + String.join(", ", sorted(labels))).raw(">").toString();
            add(marks, n, 0, c.start(), c.end(), open, "</mark>", "claim-" + c.id());
        }
        for (Event v : r.events()) {
            String label = v.type().name() + (v.mode() == null ? "" : " (" + v.mode() + ")");
            String open = new Html().raw("<span").attr("class", "event ev-" + v.type().name().toLowerCase(Locale.ROOT))
                    .attr("data-event", v.id()).attr("title", label).raw(">").toString();
            add(marks, n, 1, v.evidence().start(), v.evidence().end(), open, "</span>", "event-" + v.id());
        }
        for (Entity e : r.entities()) {
            String open = new Html().raw("<a").attr("class", "ent ent-" + e.type().name().toLowerCase(Locale.ROOT))
                    .attr("href", Urls.entity(EntityKeys.of(e))).attr("title", e.name() + " (" + e.type() + ")")
                    .raw(">").toString();
            for (TextSpan m : e.mentions()) {
                add(marks, n, 2, m.start(), m.end(), open, "</a>", null);
            }
        }
        marks.sort(Comparator.comparingInt((Mark m) -> m.layer).thenComparingInt(m -> m.start));
        return marks;
    }

    private static List<String> sorted(List<String> labels) {
        return labels.stream().sorted().toList();
    }

    private static void add(List<Mark> marks, int n, int layer, int start, int end, String open, String close,
                            String anchor) {
        if (start >= 0 && end <= n && start < end) {
            marks.add(new Mark(layer, start, end, open, close, anchor));
        }
    }

    private static int clamp(int offset, String text) {
        return Math.max(0, Math.min(offset, text.length()));
    }

    /** One annotation: its layer (0 claim, 1 event, 2 entity), span and tags. */
    private record Mark(int layer, int start, int end, String openTag, String close, String anchor) {
        String open(boolean first) {
            if (!first || anchor == null) {
                return openTag;
            }
            int at = openTag.indexOf(' ');
            return openTag.substring(0, at) + " id=\"" + Html.esc(anchor) + "\"" + openTag.substring(at);
        }
    }
}
