package org.kroniek.kb.internal;

import java.util.HashSet;
import java.util.Set;
import org.kroniek.kb.NameKey;
import org.kroniek.text.Tsv;

/** A set of folded words read from a one-word-a-line resource ('#' comments). */
public final class WordList {
    private WordList() {
    }

    public static Set<String> read(String resource) {
        Set<String> out = new HashSet<>();
        Tsv.forEachRow(org.kroniek.kb.KbEntry.class, resource, 1, Tsv.Cells.AS_IS, f -> out.add(NameKey.fold(f[0])));
        return Set.copyOf(out);
    }
}
