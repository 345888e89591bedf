package org.kroniek.record;

/** A relation from the claim that holds it to another claim of the same record. */
public record ClaimRelation(RelationType type, String claim) {
}
