package org.kroniek.nlp.features;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * The features of OpenNLP's {@code CharacterNgramFeatureGenerator} ({@code ng=} plus each
 * distinct lower-cased character n-gram of the token, shortest first, in text order) without its
 * n-gram model, string-list objects and string interning. Stateless.
 */
public final class CharacterNgramGenerator implements AdaptiveFeatureGenerator {
    private final int min;
    private final int max;

    public CharacterNgramGenerator(int min, int max) {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("n-gram lengths must satisfy 1 <= min <= max, not " + min + ".." + max);
        }
        this.min = min;
        this.max = max;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        String lower = lowerCase(tokens[index]);
        for (int n = min; n <= max; n++) {
            int first = features.size();
            for (int start = 0; start + n <= lower.length(); start++) {
                if (!seen(features, first, lower, start, n)) {
                    features.add("ng=" + lower.substring(start, start + n));
                }
            }
        }
    }

    /** Whether a feature added since {@code first} already holds this n-gram (all of length n). */
    private static boolean seen(List<String> features, int first, String text, int start, int n) {
        for (int i = first; i < features.size(); i++) {
            if (features.get(i).regionMatches(3, text, start, n)) {
                return true;
            }
        }
        return false;
    }

    /** Lower-cases char by char, as OpenNLP's {@code StringUtil.toLowerCase} does. */
    private static String lowerCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.toLowerCase(s.charAt(i)) != s.charAt(i)) {
                char[] chars = s.toCharArray();
                for (int j = i; j < chars.length; j++) {
                    chars[j] = Character.toLowerCase(chars[j]);
                }
                return new String(chars);
            }
        }
        return s;
    }
}
