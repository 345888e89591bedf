package org.kroniek.extract.claims;

/** The grammatical gender a person is referred to with: "hij"/"he" or "zij"/"she"; unknown when the text does not tell. */
enum Gender {
    MALE, FEMALE, UNKNOWN;

    /** {@code m} or {@code f}, as in the gender word lists and the first-name lexicon. */
    static Gender of(String code) {
        return switch (code.strip()) {
            case "m" -> MALE;
            case "f" -> FEMALE;
            default -> throw new IllegalArgumentException("gender must be m or f, not '" + code + "'");
        };
    }

    String code() {
        return this == MALE ? "m" : this == FEMALE ? "f" : "?";
    }

    /** Whether a person of this gender cannot be what a pronoun of gender {@code wanted} refers to. */
    boolean clashesWith(Gender wanted) {
        return this != UNKNOWN && wanted != UNKNOWN && this != wanted;
    }
}
