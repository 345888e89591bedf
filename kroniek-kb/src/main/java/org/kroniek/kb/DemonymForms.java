package org.kroniek.kb;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The inflected forms of a country adjective as written in {@code demonyms.tsv}: Dutch adds -e
 * (Russisch, Russische; Chinees, Chinese), German -e/-en/-er/-es/-em, French -e/-s/-es
 * (français, française, françaises); English does not inflect.
 */
public final class DemonymForms {
    private DemonymForms() {
    }

    /**
     * @param base the base form, such as {@code Russisch}
     * @param lang the language code of the form
     * @return the base and its inflections
     */
    public static Set<String> of(String base, String lang) {
        Set<String> out = new LinkedHashSet<>();
        out.add(base);
        switch (lang) {
            case "nl" -> out.add(dutchInflected(base));
            case "de" -> {
                for (String suffix : new String[] {"e", "en", "er", "es", "em"}) {
                    out.add(base + suffix);
                }
            }
            case "fr" -> {
                if (base.endsWith("e")) {
                    out.add(base + "s");
                } else {
                    String fem = base.endsWith("ien") ? base + "ne" : base.endsWith("c") ? base + "que" : base + "e";
                    out.add(fem);
                    out.add(fem + "s");
                    if (!base.endsWith("s")) {
                        out.add(base + "s");
                    }
                }
            }
            default -> {
            }
        }
        return out;
    }

    private static String dutchInflected(String base) {
        int n = base.length();
        if (n >= 3 && !isVowel(base.charAt(n - 1)) && isVowel(base.charAt(n - 2)) && base.charAt(n - 2) == base.charAt(n - 3)) {
            return base.substring(0, n - 2) + base.charAt(n - 1) + "e";
        }
        return base + "e";
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(Character.toLowerCase(c)) >= 0;
    }
}
