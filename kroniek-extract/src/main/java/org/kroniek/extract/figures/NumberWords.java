package org.kroniek.extract.figures;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.kroniek.text.Tsv;

/**
 * Number words of one language ({@code numbers-nl.tsv}, {@code numbers-en.tsv}), including
 * Dutch written-together compounds: {@code vijfentwintig} 25, {@code tweehonderdduizend} 200000,
 * {@code tweeënhalf} 2.5, and English hyphenated ones ({@code twenty-five}). Immutable and
 * thread-safe; one instance per language is loaded once.
 */
public final class NumberWords {
    /** How a word takes part in a number. */
    public enum Role { UNIT, TENS, HUNDRED, MULT, FRACTION, VAGUE }

    /** A parsed word: its value, the role of its last part, and whether it is a vague amount. */
    public record Value(double value, Role role, double multiplier) {
        public boolean vague() {
            return role == Role.VAGUE;
        }
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final NumberWords NL = new NumberWords(load("nl"), "en");
    private static final NumberWords EN = new NumberWords(load("en"), "");

    private final Map<String, Value> words;
    private final List<Map.Entry<String, Value>> multipliers;
    private final String joiner;

    private NumberWords(Map<String, Value> words, String joiner) {
        this.words = Map.copyOf(words);
        this.joiner = joiner;
        this.multipliers = this.words.entrySet().stream()
                .filter(e -> e.getValue().role() == Role.MULT || e.getValue().role() == Role.HUNDRED)
                .sorted((a, b) -> Double.compare(b.getValue().value(), a.getValue().value()))
                .toList();
    }

    /** The words of {@code language} ({@code nl} or {@code en}; anything else gets Dutch). */
    public static NumberWords of(String language) {
        return "en".equals(language) ? EN : NL;
    }

    /** The value of one word, or empty when it is not a number word. */
    public Optional<Value> parse(String word) {
        String w = fold(word);
        if (w.isEmpty()) {
            return Optional.empty();
        }
        Value direct = words.get(w);
        if (direct != null) {
            return Optional.of(direct);
        }
        if (w.indexOf('-') > 0) {
            return hyphenated(w);
        }
        return Optional.ofNullable(compound(w));
    }

    /** The base word's value, without compounding (for multipliers such as "duizend"). */
    Value base(String word) {
        return words.get(fold(word));
    }

    private Optional<Value> hyphenated(String w) {
        String[] parts = w.split("-");
        if (parts.length != 2) {
            return Optional.empty();
        }
        Value tens = words.get(parts[0]);
        Value unit = words.get(parts[1]);
        if (tens != null && unit != null && tens.role() == Role.TENS && unit.role() == Role.UNIT && unit.value() < 10) {
            return Optional.of(new Value(tens.value() + unit.value(), Role.TENS, 1));
        }
        return Optional.empty();
    }

    private Value compound(String w) {
        Value direct = words.get(w);
        if (direct != null) {
            return direct.vague() ? null : direct;
        }
        for (Map.Entry<String, Value> e : multipliers) {
            int i = w.lastIndexOf(e.getKey());
            if (i < 0) {
                continue;
            }
            double mult = e.getValue().value();
            String left = w.substring(0, i);
            String right = w.substring(i + e.getKey().length());
            Value lv = left.isEmpty() ? new Value(1, Role.UNIT, 1) : compound(left);
            if (lv == null || lv.value() >= mult) {
                continue;
            }
            double rv = 0;
            if (!right.isEmpty()) {
                Value r = compound(right.startsWith(joiner) && !joiner.isEmpty() && words.get(right) == null
                        ? right.substring(joiner.length()) : right);
                if (r == null || r.value() >= mult) {
                    continue;
                }
                rv = r.value();
            }
            Role role = right.isEmpty() ? e.getValue().role() : Role.UNIT;
            return new Value(lv.value() * mult + rv, role, right.isEmpty() ? mult : 1);
        }
        if (!joiner.isEmpty()) {
            for (int i = w.indexOf(joiner); i > 0; i = w.indexOf(joiner, i + 1)) {
                Value unit = words.get(w.substring(0, i));
                Value rest = words.get(w.substring(i + joiner.length()));
                if (unit == null || rest == null || unit.role() != Role.UNIT || unit.value() >= 10) {
                    continue;
                }
                if (rest.role() == Role.TENS || rest.role() == Role.FRACTION) {
                    return new Value(unit.value() + rest.value(), Role.UNIT, 1);
                }
            }
        }
        return null;
    }

    /** Lower case without diacritics: "Tweeënhalf" and "tweeenhalf" are one word. */
    static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (isAscii(lower)) {
            return lower.strip();
        }
        String d = Normalizer.normalize(lower, Normalizer.Form.NFD);
        return MARKS.matcher(d).replaceAll("").replace('’', '\'').strip();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Value> load(String language) {
        Map<String, Value> out = new HashMap<>();
        for (String[] row : Tsv.rows(NumberWords.class, "numbers-" + language + ".tsv", 3, Tsv.Cells.STRIPPED)) {
            Role role = Role.valueOf(row[2].toUpperCase(Locale.ROOT));
            double v = Double.parseDouble(row[1]);
            out.put(fold(row[0]), new Value(v, role, role == Role.MULT || role == Role.HUNDRED ? v : 1));
        }
        return out;
    }
}
