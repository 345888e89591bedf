package org.kroniek.kb;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kroniek.kb.internal.WordList;

/**
 * Decides whether a place name is used as the subject of a speech or action verb ("Moskou
 * ontkent", "beweert Kyiv", "volgens Moskou", "Washington warned"), so that it stands for its
 * government. Verbs come from {@code speech-verbs.txt}. Thread-safe.
 */
public final class Metonymy {
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    private static final Set<String> SKIP = Set.of("heeft", "had", "has", "have", "nu", "now", "ook", "also", "al",
            "already", "dan", "then", "zelf", "itself", "op", "vandaag", "today", "woensdag", "dinsdag", "maandag",
            "donderdag", "vrijdag", "zaterdag", "zondag");
    private static final Set<String> SOURCE_PREPOSITIONS = Set.of("volgens", "aldus", "laut", "selon");

    private final Set<String> verbs;

    public Metonymy() {
        this.verbs = WordList.read("speech-verbs.txt");
    }

    /**
     * @param text the text
     * @param start start of the mention
     * @param end end of the mention
     * @return true when the mention speaks or acts in its sentence
     */
    public boolean isAgent(String text, int start, int end) {
        String before = clause(text.substring(Math.max(0, start - 40), start), true);
        String after = clause(text.substring(end, Math.min(text.length(), end + 60)), false);
        String[] prev = words(before);
        String[] next = words(after);
        if (prev.length > 0) {
            String p = prev[prev.length - 1];
            if (SOURCE_PREPOSITIONS.contains(p) || verbs.contains(p) && startsClauseEnd(after)) {
                return true;
            }
            if (prev.length > 1 && "according".equals(prev[prev.length - 2]) && "to".equals(p)) {
                return true;
            }
        }
        for (String w : next) {
            if (verbs.contains(w)) {
                return true;
            }
            if (!SKIP.contains(w)) {
                return false;
            }
        }
        return false;
    }

    private static boolean startsClauseEnd(String after) {
        String t = after.stripLeading();
        return t.isEmpty() || ".,;:!?)\"”".indexOf(t.charAt(0)) >= 0 || t.startsWith("dat ") || t.startsWith("that ")
                || t.startsWith("woensdag") || t.startsWith("dinsdag");
    }

    /** The part of the window inside the mention's clause: cut at sentence punctuation. */
    private static String clause(String window, boolean before) {
        int cut = -1;
        for (int i = 0; i < window.length(); i++) {
            if (".!?;\n".indexOf(window.charAt(i)) >= 0) {
                cut = i;
                if (!before) {
                    break;
                }
            }
        }
        if (cut < 0) {
            return window;
        }
        return before ? window.substring(cut + 1) : window.substring(0, cut);
    }

    private static String[] words(String s) {
        Matcher m = WORD.matcher(s);
        java.util.List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(NameKey.fold(m.group()));
        }
        return out.toArray(new String[0]);
    }
}
