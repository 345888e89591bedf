package org.kroniek.kb;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalization of names for lookup. {@link #fold} is the exact form (case, diacritics and
 * punctuation ignored); {@link #key} goes further, in the spirit of JRC-Names, so that
 * transliteration variants meet: Dutch {@code oe}/French {@code ou} to {@code u},
 * {@code j}/{@code y} to {@code i}, {@code kh}/{@code ch}/{@code tsj}/{@code tsch} to {@code h},
 * {@code sj}/{@code sch}/{@code sh} to {@code s}, {@code zj}/{@code zh} to {@code z}, {@code w} to
 * {@code v}, {@code ye}/{@code ie}/{@code je} to {@code e}, Russian {@code g} to Ukrainian and
 * Belarusian {@code h} (Lugansk/Luhansk, Gomel/Homyel), {@code -iy}/{@code -ij}/{@code -yy} to
 * {@code -i}, doubled letters to one.
 *
 * <pre>{@code
 * NameKey.key("Tsjernihiv").equals(NameKey.key("Chernihiv"))   // true
 * NameKey.key("Zelenskyy").equals(NameKey.key("Zelensky"))     // true
 * }</pre>
 */
public final class NameKey {
    private static final String[][] RULES = {
            {"tsch", "h"}, {"tsj", "h"}, {"tch", "h"}, {"sch", "s"}, {"sj", "s"}, {"sh", "s"},
            {"zj", "z"}, {"zh", "z"}, {"kh", "h"}, {"ch", "h"}, {"ph", "f"}, {"ck", "k"},
            {"oe", "u"}, {"ou", "u"}, {"w", "v"}, {"ye", "e"}, {"ie", "e"}, {"je", "e"}, {"y", "i"}, {"j", "i"},
            {"g", "h"},
    };

    private NameKey() {
    }

    /** Lower case, without diacritics; every run of non-letters and non-digits becomes one space; apostrophes vanish. */
    public static String fold(String s) {
        String d = isAscii(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        boolean space = true;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\'' || c == '’' || c == 'ʼ' || c == '`') {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                appendFolded(b, Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        int n = b.length();
        if (n > 0 && b.charAt(n - 1) == ' ') {
            b.setLength(n - 1);
        }
        return b.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static void appendFolded(StringBuilder b, char c) {
        switch (c) {
            case 'ß' -> b.append("ss");
            case 'ł' -> b.append('l');
            case 'ø' -> b.append('o');
            case 'æ' -> b.append("ae");
            case 'œ' -> b.append("oe");
            case 'đ' -> b.append('d');
            case 'ı' -> b.append('i');
            default -> b.append(c);
        }
    }

    /** The transliteration-tolerant key of a name; equal keys are candidates for the same name. */
    public static String key(String s) {
        return keyOfFolded(fold(s));
    }

    /** {@link #key} of a string that is already {@link #fold folded}. */
    public static String keyOfFolded(String k) {
        StringBuilder b = new StringBuilder(k.length());
        int i = 0;
        int n = k.length();
        while (i < n) {
            char c = k.charAt(i);
            int used = 1;
            char out = c;
            for (String[] r : RULES) {
                String from = r[0];
                if (from.charAt(0) == c && k.startsWith(from, i)) {
                    used = from.length();
                    out = r[1].charAt(0);
                    break;
                }
            }
            if (out != ' ' && b.length() > 0 && b.charAt(b.length() - 1) == out) {
                i += used;
                continue;
            }
            b.append(out);
            i += used;
        }
        return b.toString();
    }

    /** A lower-case ASCII slug of a name, words joined by '-': {@code "Vladimir Putin"} to {@code "vladimir-putin"}. */
    public static String slug(String s) {
        return fold(s).replace(' ', '-').toLowerCase(Locale.ROOT);
    }
}
