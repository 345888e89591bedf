package org.kroniek.extract.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kroniek.text.Tsv;
import org.kroniek.pipeline.Token;
import org.kroniek.record.FigureKind;
import org.kroniek.record.FigureUnit;

/**
 * What figures count, in one language: the words that give a figure its kind
 * ({@code kinds-nl.tsv}: "doden" killed, "met de grond gelijk" destroyed) and the nouns that give
 * its unit ({@code units-nl.tsv}: "gebouwen" buildings, "*isten" people). Immutable; loaded once
 * per language.
 */
public final class FigureLexicon {
    /** A kind cue found at tokens {@code [first, last]}. */
    public record KindCue(int first, int last, FigureKind kind) {
    }

    private record Cue(List<String> words, boolean gap, FigureKind kind) {
    }

    private record UnitForm(String text, char how, String unit) {
        boolean matches(String w) {
            return switch (how) {
                case '*' -> w.startsWith(text);
                case '<' -> w.endsWith(text) && w.length() > text.length() + 2;
                default -> w.equals(text);
            };
        }
    }

    private static final FigureLexicon NL = new FigureLexicon("nl");
    private static final FigureLexicon EN = new FigureLexicon("en");
    private static final int MAX_GAP = 6;

    private final List<Cue> kinds;
    private final List<UnitForm> units;

    private FigureLexicon(String language) {
        List<Cue> k = new ArrayList<>();
        for (String[] row : Tsv.rows(FigureLexicon.class, "kinds-" + language + ".tsv", 2, Tsv.Cells.STRIPPED)) {
            String form = row[0].toLowerCase(Locale.ROOT);
            List<String> words = new ArrayList<>(List.of(form.split("\\s+")));
            boolean gap = words.remove("...");
            k.add(new Cue(List.copyOf(words), gap, FigureKind.of(row[1])));
        }
        this.kinds = List.copyOf(k);
        List<UnitForm> u = new ArrayList<>();
        for (String[] row : Tsv.rows(FigureLexicon.class, "units-" + language + ".tsv", 2, Tsv.Cells.STRIPPED)) {
            String f = row[0].toLowerCase(Locale.ROOT);
            if (f.startsWith("*")) {
                u.add(new UnitForm(f.substring(1), '<', row[1]));
            } else if (f.endsWith("*")) {
                u.add(new UnitForm(f.substring(0, f.length() - 1), '*', row[1]));
            } else {
                u.add(new UnitForm(f, '=', row[1]));
            }
        }
        this.units = List.copyOf(u);
    }

    public static FigureLexicon of(String language) {
        return "en".equals(language) ? EN : NL;
    }

    /** The kind cue starting at token {@code i}, or null. */
    public KindCue kindAt(List<Token> tokens, int i) {
        KindCue best = null;
        for (Cue c : kinds) {
            KindCue m = match(c, tokens, i);
            if (m != null && (best == null || m.last() > best.last())) {
                best = m;
            }
        }
        return best;
    }

    /** The unit a counted noun implies: {@code people}, {@code buildings}, {@code skip}, or null when unknown. */
    public String unitOf(String noun) {
        String w = noun.toLowerCase(Locale.ROOT);
        for (UnitForm f : units) {
            if (f.how() != '<' && f.matches(w)) {
                return f.unit();
            }
        }
        for (UnitForm f : units) {
            if (f.how() == '<' && f.matches(w)) {
                return f.unit();
            }
        }
        return null;
    }

    static FigureUnit unit(String label) {
        return label == null || label.equals("skip") ? FigureUnit.OTHER : FigureUnit.of(label);
    }

    private static KindCue match(Cue c, List<Token> tokens, int i) {
        if (!matches(c.words.get(0), tokens.get(i).text())) {
            return null;
        }
        if (c.gap) {
            for (int k = i + 1; k < tokens.size() && k <= i + MAX_GAP; k++) {
                if (matches(c.words.get(1), tokens.get(k).text())) {
                    return new KindCue(i, k, c.kind);
                }
            }
            return null;
        }
        if (i + c.words.size() > tokens.size()) {
            return null;
        }
        for (int k = 1; k < c.words.size(); k++) {
            if (!matches(c.words.get(k), tokens.get(i + k).text())) {
                return null;
            }
        }
        return new KindCue(i, i + c.words.size() - 1, c.kind);
    }

    private static boolean matches(String form, String token) {
        String w = token.toLowerCase(Locale.ROOT);
        return form.endsWith("*") ? w.startsWith(form.substring(0, form.length() - 1)) : w.equals(form);
    }
}
