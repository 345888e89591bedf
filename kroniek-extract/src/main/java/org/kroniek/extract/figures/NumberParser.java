package org.kroniek.extract.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a number written in digits, words or both, in Dutch or English: {@code 1.500} and
 * {@code 1,5 miljoen} (Dutch separators), {@code 1,500} and {@code 3.5 million} (English),
 * {@code vijfduizend}, {@code tweeënhalf}, {@code twenty-five}, {@code one hundred and fifty},
 * {@code tens of thousands}. Immutable and thread-safe.
 */
public final class NumberParser {
    private static final Pattern DIGITS = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern GROUPED_BY_POINTS = Pattern.compile("\\d{1,3}(?:[.]\\d{3})+");
    private static final Pattern GROUPED_BY_COMMAS = Pattern.compile("\\d{1,3}(?:[,]\\d{3})+");
    private static final Pattern PART = Pattern.compile("\\d+(?:[.,]\\d+)*|[\\p{L}'’]+(?:-[\\p{L}]+)*");

    private final NumberWords words;
    private final boolean decimalComma;
    private final String and;

    private NumberParser(String language) {
        this.words = NumberWords.of(language);
        this.decimalComma = !"en".equals(language);
        this.and = "en".equals(language) ? "and" : "en";
    }

    public static NumberParser of(String language) {
        return "en".equals(language) ? Holder.EN : Holder.NL;
    }

    /** The parsed phrase, or empty when it is not (entirely) a number. */
    public Optional<NumberWords.Value> parse(String phrase) {
        List<String> parts = new ArrayList<>();
        Matcher m = PART.matcher(phrase);
        while (m.find()) {
            parts.add(m.group());
        }
        return parts.isEmpty() ? Optional.empty() : parse(parts);
    }

    /** The value of a sequence of parts (digits, number words, "and"/"en", "of", "a"/"een"). */
    public Optional<NumberWords.Value> parse(List<String> parts) {
        double total = 0;
        double current = 0;
        boolean any = false;
        boolean vague = false;
        double lastMult = 1;
        NumberWords.Role lastRole = null;
        for (int i = 0; i < parts.size(); i++) {
            String p = NumberWords.fold(parts.get(i));
            if ((p.equals(and) || p.equals("of")) && any && i + 1 < parts.size()) {
                continue;
            }
            if ((p.equals("a") || p.equals("an") || p.equals("een")) && i + 1 < parts.size()) {
                Optional<NumberWords.Value> next = words.parse(parts.get(i + 1));
                if (next.isPresent() && next.get().multiplier() > 1) {
                    current = Math.max(current, 1);
                    any = true;
                    continue;
                }
                return Optional.empty();
            }
            Double digits = digits(p);
            NumberWords.Value v = digits != null ? new NumberWords.Value(digits, NumberWords.Role.UNIT, 1)
                    : words.parse(p).orElse(null);
            if (v == null) {
                return Optional.empty();
            }
            if (v.vague()) {
                vague = true;
                if (any && v.value() >= 1000) {
                    total += Math.max(current, 1) * v.value();
                    current = 0;
                } else {
                    current = Math.max(current, 1) * v.value();
                }
            } else if (v.role() == NumberWords.Role.MULT || v.role() == NumberWords.Role.HUNDRED) {
                double base = current == 0 ? 1 : current;
                if (v.role() == NumberWords.Role.HUNDRED) {
                    current = base * v.value();
                } else {
                    total += base * v.value();
                    current = 0;
                }
                lastMult = v.multiplier();
            } else {
                if (any && !continues(lastRole, v, current)) {
                    return Optional.empty();
                }
                current += v.value();
                lastMult = v.multiplier();
            }
            lastRole = v.role();
            any = true;
        }
        if (!any) {
            return Optional.empty();
        }
        NumberWords.Role role = vague ? NumberWords.Role.VAGUE : lastRole;
        return Optional.of(new NumberWords.Value(round(total + current), role, lastMult));
    }

    /** Whether a plain number may follow what came before: "hundred and fifty", "twenty five", "1,5 miljoen". */
    private static boolean continues(NumberWords.Role lastRole, NumberWords.Value v, double current) {
        if (lastRole == NumberWords.Role.HUNDRED || lastRole == NumberWords.Role.MULT) {
            return true;
        }
        return lastRole == NumberWords.Role.TENS && v.role() == NumberWords.Role.UNIT && v.value() < 10 && current % 10 == 0;
    }

    /** A number in digits with this language's separators, else null. */
    public Double digits(String s) {
        if (!DIGITS.matcher(s).matches()) {
            return null;
        }
        char thousands = decimalComma ? '.' : ',';
        char decimal = decimalComma ? ',' : '.';
        String t = s;
        if (t.indexOf(thousands) >= 0) {
            if ((thousands == '.' ? GROUPED_BY_POINTS : GROUPED_BY_COMMAS).matcher(t).matches()) {
                t = t.replace(String.valueOf(thousands), "");
            } else if (t.indexOf(decimal) < 0 && t.chars().filter(c -> c == thousands).count() == 1) {
                t = t.replace(thousands, decimal);
            } else {
                return null;
            }
        }
        if (t.chars().filter(c -> c == decimal).count() > 1) {
            return null;
        }
        return Double.parseDouble(t.replace(decimal, '.'));
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }

    private static final class Holder {
        static final NumberParser NL = new NumberParser("nl");
        static final NumberParser EN = new NumberParser("en");
    }
}
