package org.kroniek.extract.claims;

/** A cue found in a sentence: the lexicon entry and its tokens {@code [first, last)}. */
record CueMatch(Cue cue, int first, int last) {
    CueFamily family() {
        return cue.family();
    }
}
