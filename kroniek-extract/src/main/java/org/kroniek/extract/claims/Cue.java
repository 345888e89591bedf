package org.kroniek.extract.claims;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kroniek.record.ClaimStatus;

/**
 * One entry of a cue lexicon: a form (one or more lowercase words), its lemma, family and the
 * statuses it gives a claim. {@code needs}, when not empty, lists words of which one must occur
 * shortly before the cue in the same clause ("liet ... weten").
 */
public record Cue(String lemma, List<String> words, CueFamily family, Set<ClaimStatus> status, Set<String> needs) {
    public Cue {
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(family, "family");
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("cue " + lemma + " has no words");
        }
        status = Set.copyOf(status);
        needs = Set.copyOf(needs);
    }
}
