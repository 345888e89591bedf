package org.kroniek.nlp.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes a document's names agree with each other, after sentence-level tagging: a name written
 * the same way gets its most frequent type everywhere in the document (ties keep each tag), and
 * capitalized occurrences the tagger missed of a name it found elsewhere, not at a sentence start,
 * are added with that type. Stateless and thread-safe.
 */
public final class DocumentConsistency {
    private DocumentConsistency() {
    }

    /**
     * @param sentences the document's sentences as tokens
     * @param names     the names per sentence (same order), not changed
     * @return the names per sentence after voting and propagation
     */
    public static List<List<NameSpan>> apply(List<String[]> sentences, List<List<NameSpan>> names) {
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            for (NameSpan n : names.get(s)) {
                votes.computeIfAbsent(key(sentences.get(s), n.start(), n.end()), k -> new HashMap<>())
                        .merge(n.type(), 1, Integer::sum);
            }
        }
        Map<String, String> majority = new HashMap<>();
        votes.forEach((name, byType) -> {
            int best = byType.values().stream().max(Integer::compare).orElse(0);
            List<String> top = byType.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
            if (top.size() == 1) {
                majority.put(name, top.get(0));
            }
        });
        int longest = votes.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(0);
        List<List<NameSpan>> out = new ArrayList<>(sentences.size());
        for (int s = 0; s < sentences.size(); s++) {
            String[] tokens = sentences.get(s);
            List<NameSpan> fixed = new ArrayList<>();
            boolean[] taken = new boolean[tokens.length];
            for (NameSpan n : names.get(s)) {
                String type = majority.getOrDefault(key(tokens, n.start(), n.end()), n.type());
                fixed.add(type.equals(n.type()) ? n : new NameSpan(n.start(), n.end(), type, n.probability(), n.origin() + "+document"));
                for (int i = n.start(); i < n.end(); i++) {
                    taken[i] = true;
                }
            }
            for (int i = 1; i < tokens.length; i++) {
                if (taken[i] || tokens[i].length() < 2 || !Character.isUpperCase(tokens[i].charAt(0))) {
                    continue;
                }
                for (int len = Math.min(longest, tokens.length - i); len >= 1; len--) {
                    String type = majority.get(key(tokens, i, i + len));
                    if (type != null && free(taken, i, i + len)) {
                        fixed.add(new NameSpan(i, i + len, type, 0.5, "document"));
                        for (int j = i; j < i + len; j++) {
                            taken[j] = true;
                        }
                        break;
                    }
                }
            }
            fixed.sort(Comparator.comparingInt(NameSpan::start));
            out.add(fixed);
        }
        return out;
    }

    private static boolean free(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static String key(String[] tokens, int from, int to) {
        return String.join(" ", java.util.Arrays.asList(tokens).subList(from, to));
    }
}
