package org.kroniek.extract.claims;

/** A person named in the text (with the role word before the name, if any), as a candidate antecedent for "hij", "he" or "laatstgenoemde". */
record PersonMention(int start, int end, String text, String entity, String country, String role) {
}
