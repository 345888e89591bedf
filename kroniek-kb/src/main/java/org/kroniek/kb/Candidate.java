package org.kroniek.kb;

/**
 * A knowledge-base entry that a surface form may name, with how the name matched.
 *
 * @param entry the entry
 * @param exact the surface equals one of the entry's names up to case, diacritics and
 *              punctuation; false when only the transliteration-tolerant {@link NameKey#key} matched
 * @param curated the name comes from a curated list (persons, organisations, exonyms, demonyms,
 *                country names in major languages) rather than from bulk GeoNames or CLDR data
 */
public record Candidate(KbEntry entry, boolean exact, boolean curated) {
}
