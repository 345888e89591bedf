package org.kroniek.kb.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable map from name keys to entry numbers with flags: a sorted array of distinct keys,
 * searched by binary search, with their postings in one int array. No hashing, no linear scans;
 * about 40 bytes per key besides the strings.
 */
public final class NameIndex {
    /** Posting flag: the name is curated. */
    public static final int CURATED = 1;
    /** Posting flag: the name may be looked for in running text. */
    public static final int TAGGABLE = 2;
    private static final int FLAG_BITS = 2;

    private final String[] keys;
    private final int[] offsets;
    private final int[] postings;

    private NameIndex(String[] keys, int[] offsets, int[] postings) {
        this.keys = keys;
        this.offsets = offsets;
        this.postings = postings;
    }

    /** The postings of a key (entry number and flags, see {@link #entry} and {@link #flags}); empty when absent. */
    public int[] get(String key) {
        int i = Arrays.binarySearch(keys, key);
        if (i < 0) {
            return new int[0];
        }
        return Arrays.copyOfRange(postings, offsets[i], offsets[i + 1]);
    }

    /** Whether some key starts with {@code prefix}: lets a tagger stop extending a span early. */
    public boolean hasPrefix(String prefix) {
        int i = Arrays.binarySearch(keys, prefix);
        int at = i >= 0 ? i + 1 : -i - 1;
        return at < keys.length && keys[at].startsWith(prefix);
    }

    public static int entry(int posting) {
        return posting >>> FLAG_BITS;
    }

    public static int flags(int posting) {
        return posting & ((1 << FLAG_BITS) - 1);
    }

    public int size() {
        return keys.length;
    }

    /** Collects key-posting pairs; duplicates are merged, keeping the union of flags. */
    public static final class Builder {
        private record Pair(String key, int posting) {
        }

        private final List<Pair> pairs = new ArrayList<>();

        public void add(String key, int entry, int flags) {
            if (!key.isEmpty()) {
                pairs.add(new Pair(key, entry << FLAG_BITS | flags));
            }
        }

        public NameIndex build() {
            Pair[] sorted = pairs.toArray(new Pair[0]);
            Arrays.sort(sorted, (a, b) -> {
                int c = a.key.compareTo(b.key);
                return c != 0 ? c : Integer.compare(a.posting, b.posting);
            });
            String[] keys = new String[sorted.length];
            int[] offsets = new int[sorted.length + 1];
            int[] postings = new int[sorted.length];
            int nk = 0;
            int n = 0;
            String last = null;
            for (Pair pair : sorted) {
                int p = pair.posting;
                if (!pair.key.equals(last)) {
                    offsets[nk] = n;
                    keys[nk++] = pair.key;
                    last = pair.key;
                } else if (entry(postings[n - 1]) == entry(p)) {
                    postings[n - 1] |= flags(p);
                    continue;
                }
                postings[n++] = p;
            }
            offsets[nk] = n;
            return new NameIndex(Arrays.copyOf(keys, nk), Arrays.copyOf(offsets, nk + 1), Arrays.copyOf(postings, n));
        }
    }
}
