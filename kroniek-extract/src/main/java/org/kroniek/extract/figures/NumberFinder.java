package org.kroniek.extract.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kroniek.text.Tsv;
import org.kroniek.pipeline.Token;

/**
 * Finds amounts in a tokenized sentence: numbers in digits or words with their modifiers
 * ({@code modifiers-nl.tsv}: "zeker", "ruim", "at least"), ranges ("vijf- tot tienduizend",
 * "between 5 and 10"), shares ("negen van de tien", "nine out of ten") and percentages.
 * Immutable and thread-safe.
 */
public final class NumberFinder {
    private static final Set<String> RANGE = Set.of("tot", "to", "à", "-", "–", "a");
    private static final Set<String> SHARE_NL = Set.of("van de", "op de", "uit", "van", "op");
    private static final Set<String> SHARE_EN = Set.of("out of", "in", "of every", "in every");
    private static final Set<String> PERCENT = Set.of("procent", "percent", "%", "per cent", "procentpunt");
    private static final int MAX_MODIFIER_WORDS = 3;
    private static final double MAX_SHARE_BASE = 100;

    private final String language;
    private final NumberParser parser;
    private final NumberWords words;
    private final Map<String, String> modifiers;

    private NumberFinder(String language) {
        this.language = language;
        this.parser = NumberParser.of(language);
        this.words = NumberWords.of(language);
        Map<String, String> mods = new HashMap<>();
        for (String[] row : Tsv.rows(NumberFinder.class, "modifiers-" + language + ".tsv", 2, Tsv.Cells.STRIPPED)) {
            mods.put(row[0].toLowerCase(Locale.ROOT), row[1]);
        }
        this.modifiers = Map.copyOf(mods);
    }

    public static NumberFinder of(String language) {
        return "en".equals(language) ? Holder.EN : Holder.NL;
    }

    public List<Quantity> find(List<Token> tokens) {
        List<Quantity> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Run first = run(tokens, i);
            if (first == null || glued(tokens, i, first.end)) {
                i = first == null ? i + 1 : first.end;
                continue;
            }
            double low = first.value.value();
            Double high = low;
            boolean approximate = first.value.vague();
            boolean percent = false;
            int end = first.end;
            int next = first.end;
            boolean elided = next < tokens.size() && tokens.get(next).text().equals("-")
                    && tokens.get(next).start() == tokens.get(next - 1).end();
            Run range = rangeAfter(tokens, next, i);
            if (range == null && elided) {
                range = rangeAfter(tokens, next + 1, i);
            }
            Run share = range == null ? shareAfter(tokens, next) : null;
            if (range != null) {
                double second = range.value.value();
                if (first.value.multiplier() <= 1 && range.value.multiplier() > 1 && low < range.value.multiplier()) {
                    low = low * range.value.multiplier();
                }
                high = Math.max(low, second);
                low = Math.min(low, second);
                end = range.end;
                next = range.end;
            } else if (share != null && share.value.value() > 0 && share.value.value() <= MAX_SHARE_BASE
                    && low <= share.value.value()) {
                low = Math.round(low / share.value.value() * 1000.0) / 10.0;
                high = low;
                percent = true;
                end = share.end;
                next = share.end;
            }
            if (!percent && next < tokens.size() && isPercent(tokens, next)) {
                percent = true;
                end = tokens.get(next).text().equals("%") || tokens.get(next).text().equalsIgnoreCase("procent")
                        || tokens.get(next).text().equalsIgnoreCase("percent") ? next + 1 : next + 2;
            }
            int start = i;
            String effect = null;
            for (int n = Math.min(MAX_MODIFIER_WORDS, i); n >= 1 && effect == null; n--) {
                String phrase = join(tokens, i - n, i);
                if (modifiers.containsKey(phrase)) {
                    effect = modifiers.get(phrase);
                    start = i - n;
                }
            }
            if (effect != null) {
                switch (effect) {
                    case "atleast", "morethan" -> {
                        if (range == null) {
                            high = null;
                        }
                    }
                    case "approx" -> approximate = true;
                    case "upto" -> approximate = true;
                    default -> throw new IllegalStateException("unknown modifier effect " + effect);
                }
            }
            out.add(new Quantity(tokens.get(start).start(), tokens.get(Math.min(end, tokens.size()) - 1).end(),
                    tokens.get(i).start(), tokens.get(first.end - 1).end(), low, high, approximate, percent));
            i = Math.max(end, i + 1);
        }
        return out;
    }

    private record Run(int end, NumberWords.Value value) {
    }

    /** The longest number starting at token {@code i}, or null. */
    private Run run(List<Token> tokens, int i) {
        String t = tokens.get(i).text();
        if (!startsNumber(tokens, i)) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        Run best = null;
        for (int j = i; j < tokens.size() && j < i + 8; j++) {
            String p = strip(tokens.get(j).text());
            if (j > i && parser.digits(p) != null && parser.digits(strip(tokens.get(j - 1).text())) != null) {
                break;
            }
            parts.add(p);
            Optional<NumberWords.Value> v = parser.parse(parts);
            if (v.isPresent()) {
                best = new Run(j + 1, v.get());
            } else if (!isConnector(p)) {
                break;
            }
            if (j > i && tokens.get(j).text().endsWith("-")) {
                break;
            }
        }
        if (best == null && t.endsWith("-")) {
            return null;
        }
        return best;
    }

    private boolean startsNumber(List<Token> tokens, int i) {
        String t = strip(tokens.get(i).text());
        if (parser.digits(t) != null) {
            return true;
        }
        String f = NumberWords.fold(t);
        if ((f.equals("een") && !t.contains("é")) || f.equals("a") || f.equals("an")) {
            return i + 1 < tokens.size() && words.parse(tokens.get(i + 1).text())
                    .map(v -> v.multiplier() > 1).orElse(false);
        }
        return words.parse(t).isPresent();
    }

    private boolean isConnector(String p) {
        String f = NumberWords.fold(p);
        return f.equals("en") || f.equals("and") || f.equals("of") || f.equals("a") || f.equals("een");
    }

    private Run rangeAfter(List<Token> tokens, int k, int firstIndex) {
        if (k >= tokens.size()) {
            return null;
        }
        String w = NumberWords.fold(tokens.get(k).text());
        boolean between = firstIndex > 0 && Set.of("tussen", "between").contains(NumberWords.fold(tokens.get(firstIndex - 1).text()));
        if (!(RANGE.contains(w) || (between && (w.equals("en") || w.equals("and"))))) {
            return null;
        }
        if (w.equals("a") && "en".equals(language)) {
            return null;
        }
        return k + 1 < tokens.size() ? run(tokens, k + 1) : null;
    }

    private Run shareAfter(List<Token> tokens, int k) {
        for (int n = 2; n >= 1; n--) {
            if (k + n >= tokens.size()) {
                continue;
            }
            String phrase = join(tokens, k, k + n);
            if (("en".equals(language) ? SHARE_EN : SHARE_NL).contains(phrase)) {
                Run r = run(tokens, k + n);
                if (r != null && !r.value.vague()) {
                    return r;
                }
            }
        }
        return null;
    }

    /** A number inside a word ("38-jarige", "two-year", "50Plus") or an age in brackets ("(4)"): not an amount. */
    private static boolean glued(List<Token> tokens, int first, int end) {
        if (end + 1 < tokens.size() && tokens.get(end).text().equals("-") && tokens.get(end).start() == tokens.get(end - 1).end()
                && tokens.get(end + 1).start() == tokens.get(end).end() && Character.isLetter(tokens.get(end + 1).text().charAt(0))) {
            return true;
        }
        if (end < tokens.size() && tokens.get(end).start() == tokens.get(end - 1).end()
                && Character.isLetter(tokens.get(end).text().charAt(0)) && writtenInDigits(tokens.get(end - 1).text())) {
            return true;
        }
        return first > 0 && end < tokens.size() && tokens.get(first - 1).text().equals("(") && tokens.get(end).text().equals(")");
    }

    /** Whether the token is written in digits (a word number is never glued to a following word). */
    private static boolean writtenInDigits(String token) {
        return !token.isEmpty() && Character.isDigit(token.charAt(token.length() - 1));
    }

    private static boolean isPercent(List<Token> tokens, int k) {
        String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
        if (PERCENT.contains(w)) {
            return true;
        }
        return k + 1 < tokens.size() && PERCENT.contains(w + " " + tokens.get(k + 1).text().toLowerCase(Locale.ROOT));
    }

    private static String strip(String token) {
        return token.length() > 1 && token.endsWith("-") ? token.substring(0, token.length() - 1) : token;
    }

    private static String join(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                b.append(' ');
            }
            b.append(tokens.get(k).text().toLowerCase(Locale.ROOT).replace('’', '\''));
        }
        return b.toString();
    }

    private static final class Holder {
        static final NumberFinder NL = new NumberFinder("nl");
        static final NumberFinder EN = new NumberFinder("en");
    }
}
