package org.kroniek.merge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Word 3-gram shingles of a text as 64-bit hashes, their Jaccard similarity and a MinHash signature. */
public final class Shingles {
    /** Hashes in a signature; {@link #BANDS} bands of {@link #ROWS} rows. */
    public static final int HASHES = 32;
    public static final int BANDS = 8;
    public static final int ROWS = HASHES / BANDS;
    private static final int SIZE = 3;

    private Shingles() {
    }

    /** @return the hashed word 3-grams of the text (lower-cased, accents kept, punctuation dropped) */
    public static Set<Long> of(String text) {
        List<String> words = new ArrayList<>();
        String norm = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        for (String w : norm.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        Set<Long> out = new HashSet<>();
        if (words.size() < SIZE) {
            if (!words.isEmpty()) {
                out.add(hash(String.join(" ", words)));
            }
            return out;
        }
        for (int i = 0; i + SIZE <= words.size(); i++) {
            out.add(hash(words.get(i) + " " + words.get(i + 1) + " " + words.get(i + 2)));
        }
        return out;
    }

    /** @return |a ∩ b| / |a ∪ b|, 0 when both are empty */
    public static double jaccard(Set<Long> a, Set<Long> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<Long> small = a.size() <= b.size() ? a : b;
        Set<Long> large = small == a ? b : a;
        int common = 0;
        for (Long h : small) {
            if (large.contains(h)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    /** @return the MinHash signature of a shingle set ({@link #HASHES} values) */
    public static long[] signature(Set<Long> shingles) {
        long[] sig = new long[HASHES];
        Arrays.fill(sig, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < HASHES; i++) {
                long h = mix(s ^ (0x9E3779B97F4A7C15L * (i + 1)));
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    /** @return the key of band {@code band} of a signature, for locality-sensitive candidate lookup */
    public static long bandKey(long[] signature, int band) {
        long h = band;
        for (int r = 0; r < ROWS; r++) {
            h = mix(h * 31 + signature[band * ROWS + r]);
        }
        return h;
    }

    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
