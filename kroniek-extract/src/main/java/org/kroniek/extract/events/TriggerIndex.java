package org.kroniek.extract.events;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Narrows the trigger entries worth trying on a lowercase word to those that can match it: an
 * entry whose first part is a whole word can only match a word that ends with it (the word itself,
 * a compound or a dashed compound), and an entry whose first part is a prefix only a word that
 * contains it. One walk of a trie of the first parts from each position of the word finds both.
 * Immutable and thread-safe once built.
 */
final class TriggerIndex {
    private static final int[] NONE = {};

    private static final class Node {
        private final Map<Character, Node> next = new HashMap<>();
        private int[] ending = NONE;
        private int[] anywhere = NONE;
    }

    private final Node root = new Node();
    private final int size;

    TriggerIndex(List<TriggerLexicon.Entry> entries) {
        this.size = entries.size();
        for (int i = 0; i < entries.size(); i++) {
            TriggerLexicon.Part first = entries.get(i).parts().get(0);
            Node n = root;
            for (int k = 0; k < first.text().length(); k++) {
                n = n.next.computeIfAbsent(first.text().charAt(k), c -> new Node());
            }
            if (first.prefix()) {
                n.anywhere = append(n.anywhere, i);
            } else {
                n.ending = append(n.ending, i);
            }
        }
    }

    /** The indexes, ascending, of the entries that may match {@code word}; every other entry cannot. */
    int[] candidates(String word) {
        long[] marked = new long[(size + 63) >>> 6];
        int len = word.length();
        mark(marked, root.anywhere);
        mark(marked, root.ending);
        for (int s = 0; s < len; s++) {
            Node n = root;
            for (int j = s; j < len; j++) {
                n = n.next.get(word.charAt(j));
                if (n == null) {
                    break;
                }
                mark(marked, n.anywhere);
                if (j == len - 1) {
                    mark(marked, n.ending);
                }
            }
        }
        int count = 0;
        for (long bits : marked) {
            count += Long.bitCount(bits);
        }
        int[] out = new int[count];
        int k = 0;
        for (int w = 0; w < marked.length; w++) {
            for (long bits = marked[w]; bits != 0; bits &= bits - 1) {
                out[k++] = (w << 6) + Long.numberOfTrailingZeros(bits);
            }
        }
        return out;
    }

    private static void mark(long[] marked, int[] entries) {
        for (int e : entries) {
            marked[e >>> 6] |= 1L << e;
        }
    }

    private static int[] append(int[] a, int v) {
        int[] b = Arrays.copyOf(a, a.length + 1);
        b[a.length] = v;
        return b;
    }
}
