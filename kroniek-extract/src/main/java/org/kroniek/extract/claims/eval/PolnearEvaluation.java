package org.kroniek.extract.claims.eval;

import java.util.ArrayList;
import java.util.List;
import org.kroniek.extract.claims.ClaimStage;
import org.kroniek.pipeline.Document;
import org.kroniek.pipeline.Pipeline;
import org.kroniek.record.Paragraph;
import org.kroniek.record.Source;
import org.kroniek.record.Span;
import org.kroniek.text.Article;

/**
 * Scores a pipeline's attributions against PolNeAR: overlap precision/recall/F1 of source, cue and
 * content spans. The text is passed as is (a paragraph per line) so that gold offsets hold.
 */
public final class PolnearEvaluation {
    private final SpanScore source = new SpanScore();
    private final SpanScore cue = new SpanScore();
    private final SpanScore content = new SpanScore();
    private int documents;
    private java.io.PrintStream misses;

    /** Prints each missed gold source and each predicted content that matches no gold one. */
    public void printMisses(java.io.PrintStream out) {
        this.misses = out;
    }

    public void add(Pipeline pipeline, PolnearReader.Doc doc) {
        Document d = new Document(new Article(Source.ofPath(doc.name()), null, null, "en", doc.text(), paragraphs(doc.text())));
        pipeline.run(d);
        List<Span> ps = new ArrayList<>();
        List<Span> pc = new ArrayList<>();
        List<Span> pt = new ArrayList<>();
        for (ClaimStage.Attribution a : d.list(ClaimStage.ATTRIBUTIONS)) {
            if (a.speaker() != null) {
                ps.add(a.speaker());
            }
            if (a.cue() != null) {
                pc.add(a.cue());
            }
            pt.add(a.content());
        }
        List<List<Span>> gs = new ArrayList<>();
        List<List<Span>> gc = new ArrayList<>();
        List<List<Span>> gt = new ArrayList<>();
        for (BratAttribution b : doc.attributions()) {
            if (!b.source().isEmpty()) {
                gs.add(b.source());
            }
            if (!b.cue().isEmpty()) {
                gc.add(b.cue());
            }
            if (!b.content().isEmpty()) {
                gt.add(b.content());
            }
        }
        if (misses != null) {
            printMisses(doc, ps, pt);
            for (BratAttribution b : doc.attributions()) {
                for (ClaimStage.Attribution a : d.list(ClaimStage.ATTRIBUTIONS)) {
                    if (!b.source().isEmpty() && b.content().stream().anyMatch(a.content()::overlaps)
                            && (a.speaker() == null || b.source().stream().noneMatch(a.speaker()::overlaps))) {
                        misses.println("WRONGSRC " + frag(doc.text(), b.source()) + " | "
                                + (a.speaker() == null ? "-" : doc.text().substring(a.speaker().start(), a.speaker().end()))
                                + " | " + a.claim().cue() + " | " + abbreviate(a.claim().text()));
                    }
                }
            }
            for (ClaimStage.Attribution a : d.list(ClaimStage.ATTRIBUTIONS)) {
                if (a.speaker() != null) {
                    boolean ok = doc.attributions().stream().anyMatch(b -> b.source().stream().anyMatch(a.speaker()::overlaps));
                    misses.println("SRC " + (ok ? "ok " : "bad ") + a.claim().cue());
                }
                if (a.speaker() != null && doc.attributions().stream().noneMatch(b -> b.source().stream().anyMatch(a.speaker()::overlaps))) {
                    misses.println("BADATTR " + doc.text().substring(a.speaker().start(), a.speaker().end()) + " | "
                            + a.claim().cue() + " | " + abbreviate(a.claim().text()));
                }
            }
        }
        source.add(gs, ps);
        cue.add(gc, pc);
        content.add(gt, pt);
        documents++;
    }

    public SpanScore source() {
        return source;
    }

    public SpanScore cue() {
        return cue;
    }

    public SpanScore content() {
        return content;
    }

    public int documents() {
        return documents;
    }

    private void printMisses(PolnearReader.Doc doc, List<Span> ps, List<Span> pt) {
        String t = doc.text();
        for (BratAttribution b : doc.attributions()) {
            boolean found = !b.content().isEmpty() && pt.stream().anyMatch(p -> b.content().stream().anyMatch(p::overlaps));
            boolean srcFound = b.source().isEmpty() || ps.stream().anyMatch(p -> b.source().stream().anyMatch(p::overlaps));
            if (!found || !srcFound) {
                misses.println("MISS " + (found ? "src " : "all ") + frag(t, b.source()) + " | " + frag(t, b.cue()) + " | "
                        + abbreviate(frag(t, b.content())));
            }
        }
        for (Span p : ps) {
            boolean right = doc.attributions().stream().anyMatch(b -> b.source().stream().anyMatch(p::overlaps));
            if (!right) {
                misses.println("BADSRC " + abbreviate(t.substring(p.start(), p.end())));
            }
        }
        for (Span p : pt) {
            boolean right = doc.attributions().stream().anyMatch(b -> b.content().stream().anyMatch(p::overlaps));
            if (!right) {
                misses.println("FALSE " + abbreviate(t.substring(p.start(), p.end())));
            }
        }
    }

    private static String frag(String text, List<Span> spans) {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            sb.append(text, s.start(), s.end()).append(' ');
        }
        return sb.toString().strip().replace('\n', ' ');
    }

    private static String abbreviate(String s) {
        return s.length() > 100 ? s.substring(0, 100) + "..." : s;
    }

    static List<Paragraph> paragraphs(String text) {
        List<Paragraph> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i <= text.length()) {
            boolean breakHere = i == text.length() || text.charAt(i) == '\n';
            if (breakHere) {
                int s = start;
                int e = i;
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    out.add(new Paragraph(s, e, false));
                }
                while (i < text.length() && text.charAt(i) == '\n') {
                    i++;
                }
                start = i;
                if (i == text.length()) {
                    break;
                }
            } else {
                i++;
            }
        }
        return out;
    }
}
