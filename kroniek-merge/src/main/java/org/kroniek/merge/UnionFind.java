package org.kroniek.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Disjoint sets over string keys; groups come out in a deterministic order (by smallest key). */
final class UnionFind {
    private final Map<String, String> parent = new HashMap<>();

    void add(String key) {
        parent.putIfAbsent(key, key);
    }

    String find(String key) {
        add(key);
        String root = key;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        String k = key;
        while (!k.equals(root)) {
            String next = parent.get(k);
            parent.put(k, root);
            k = next;
        }
        return root;
    }

    void union(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        if (!ra.equals(rb)) {
            // the smaller key becomes the root, so roots do not depend on the order of unions
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }

    /** @return the groups, each sorted, ordered by their first key */
    List<List<String>> groups() {
        Map<String, List<String>> byRoot = new TreeMap<>();
        for (String k : new java.util.TreeSet<>(parent.keySet())) {
            byRoot.computeIfAbsent(find(k), r -> new ArrayList<>()).add(k);
        }
        return new ArrayList<>(byRoot.values());
    }
}
