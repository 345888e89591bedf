package org.kroniek.nlp.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kroniek.nlp.clusters.ClusterLexicon;

/**
 * The features by which {@link SpanTypeClassifier} types a name already found: its words, head
 * word, suffixes, shape and word clusters, the words around it, and the same around its other
 * occurrences in the document (a company is "bij X" in one sentence and "X heeft" in another).
 * The same code builds the training events from gold names and the features of found names.
 */
final class SpanTypeFeatures {
    /** Contexts of at most this many other occurrences (the first in the document): keeps long documents linear. */
    private static final int MAX_OTHER_OCCURRENCES = 10;

    private final List<ClusterLexicon> lexicons;
    private final boolean modelType;

    /**
     * @param modelType whether the names' own types (the sequence model's guesses) and
     *                  probabilities are features too
     */
    SpanTypeFeatures(List<ClusterLexicon> lexicons, boolean modelType) {
        this.lexicons = List.copyOf(lexicons);
        this.modelType = modelType;
    }

    /** A document: its sentences and the names of each (same order). */
    record Doc(List<String[]> sentences, List<List<NameSpan>> names) {
    }

    /** The features of every name of the document, per sentence and name. */
    List<List<String[]>> features(Doc doc) {
        Map<String, List<int[]>> occurrences = new HashMap<>();
        Map<String, Integer> partOfLonger = new HashMap<>();
        for (int s = 0; s < doc.sentences().size(); s++) {
            String[] tokens = doc.sentences().get(s);
            for (NameSpan n : doc.names().get(s)) {
                occurrences.computeIfAbsent(key(tokens, n.start(), n.end()), k -> new ArrayList<>())
                        .add(new int[] {s, n.start(), n.end()});
                if (n.end() - n.start() > 1) {
                    partOfLonger.merge("first:" + tokens[n.start()], 1, Integer::sum);
                    partOfLonger.merge("last:" + tokens[n.end() - 1], 1, Integer::sum);
                }
            }
        }
        List<List<String[]>> out = new ArrayList<>();
        for (int s = 0; s < doc.sentences().size(); s++) {
            String[] tokens = doc.sentences().get(s);
            List<String[]> perName = new ArrayList<>();
            for (NameSpan n : doc.names().get(s)) {
                Set<String> f = new LinkedHashSet<>();
                if (modelType) {
                    f.add("m=" + n.type());
                    f.add("mp=" + n.type() + (int) Math.floor(n.probability() * 5));
                }
                own(f, tokens, n.start(), n.end());
                context(f, "", tokens, n.start(), n.end());
                String k = key(tokens, n.start(), n.end());
                List<int[]> all = occurrences.get(k);
                int used = 0;
                for (int[] o : all) {
                    if (used < MAX_OTHER_OCCURRENCES && (o[0] != s || o[1] != n.start())) {
                        context(f, "d", doc.sentences().get(o[0]), o[1], o[2]);
                        used++;
                    }
                }
                f.add("docfreq=" + Math.min(all.size() - 1, 3));
                if (n.end() - n.start() == 1) {
                    if (partOfLonger.containsKey("first:" + tokens[n.start()])) {
                        f.add("firstoflonger");
                    }
                    if (partOfLonger.containsKey("last:" + tokens[n.start()])) {
                        f.add("lastoflonger");
                    }
                }
                perName.add(f.toArray(String[]::new));
            }
            out.add(perName);
        }
        return out;
    }

    private void own(Set<String> f, String[] tokens, int start, int end) {
        f.add("bias");
        f.add("len=" + Math.min(end - start, 4));
        StringBuilder shape = new StringBuilder();
        for (int i = start; i < end; i++) {
            String w = lower(tokens[i]);
            f.add("w=" + w);
            shape.append(shape(tokens[i]));
            for (int l = 0; l < lexicons.size(); l++) {
                String c = lexicons.get(l).cluster(w);
                if (c != null) {
                    f.add("c" + l + "=" + c);
                }
            }
        }
        f.add("shape=" + shape);
        String first = lower(tokens[start]);
        String last = lower(tokens[end - 1]);
        f.add("first=" + first);
        f.add("last=" + last);
        for (int l = 0; l < lexicons.size(); l++) {
            String c = lexicons.get(l).cluster(last);
            f.add("lc" + l + "=" + (c == null ? "none" : c));
        }
        for (int n = 2; n <= 4; n++) {
            if (last.length() > n) {
                f.add("suf" + n + "=" + last.substring(last.length() - n));
            }
        }
        if (first.length() > 3) {
            f.add("pre3=" + first.substring(0, 3));
        }
        if (start == 0) {
            f.add("sentencestart");
        }
    }

    private void context(Set<String> f, String prefix, String[] tokens, int start, int end) {
        f.add(prefix + "p1=" + word(tokens, start - 1));
        f.add(prefix + "p2=" + word(tokens, start - 2));
        f.add(prefix + "n1=" + word(tokens, end));
        f.add(prefix + "n2=" + word(tokens, end + 1));
        f.add(prefix + "p12=" + word(tokens, start - 2) + "_" + word(tokens, start - 1));
        if (lexicons.size() > 1) {
            f.add(prefix + "p1c=" + cluster(tokens, start - 1, 1));
            f.add(prefix + "n1c=" + cluster(tokens, end, 1));
        }
    }

    private String cluster(String[] tokens, int i, int lexicon) {
        if (i < 0 || i >= tokens.length) {
            return "edge";
        }
        String c = lexicons.get(lexicon).cluster(lower(tokens[i]));
        return c == null ? "none" : c;
    }

    private static String word(String[] tokens, int i) {
        return i < 0 ? "<s>" : i >= tokens.length ? "</s>" : lower(tokens[i]);
    }

    private static String shape(String w) {
        boolean upper = false;
        boolean lowerCase = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isLowerCase(c)) {
                lowerCase = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        String s = upper && !lowerCase ? "X" : upper && Character.isUpperCase(w.charAt(0)) ? "Xx" : upper ? "xX" : lowerCase ? "x" : "";
        return "[" + s + (digit ? "d" : "") + (other ? "-" : "") + "]";
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }

    private static String key(String[] tokens, int from, int to) {
        return String.join(" ", java.util.Arrays.asList(tokens).subList(from, to));
    }
}
