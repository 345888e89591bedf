package org.kroniek.extract.claims;

/**
 * A person named in the text (with the role word before the name, if any), as a candidate antecedent
 * for "hij", "he" or "laatstgenoemde". {@code repeat}: a bare surname that {@link PersonFinder} found
 * by repeating the last word of a full name, which names the speaker it stands for but, as the NER
 * passed it by, is often a modifier ("Sanders supporters") and no antecedent.
 */
record PersonMention(int start, int end, String text, String entity, String country, String role, boolean repeat) {
    PersonMention(int start, int end, String text, String entity, String country, String role) {
        this(start, end, text, entity, country, role, false);
    }
}
