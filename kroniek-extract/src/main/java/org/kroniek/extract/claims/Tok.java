package org.kroniek.extract.claims;

/** A token inside a sentence as the claim rules see it: offsets, text, lowercase text and POS (or null). */
record Tok(int start, int end, String text, String lower, String pos) {
    boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0)) || text.length() > 1 && (text.charAt(0) == '\'' || text.charAt(0) == '’')
                && Character.isLetter(text.charAt(1));
    }

    boolean isCapitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    boolean is(String s) {
        return lower.equals(s);
    }
}
