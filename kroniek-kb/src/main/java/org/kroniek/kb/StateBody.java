package org.kroniek.kb;

/**
 * A head noun phrase that names a state body once its country is known ("ministerie van
 * Defensie", "authorities"), from {@code state-bodies.tsv}.
 *
 * @param lang language of the head
 * @param head the head as written, matched case-insensitively
 * @param template canonical name with {@code {country}} for the English country name
 * @param kind what the body is
 * @param tagged whether a tagger should find the phrase in running text; false for phrases too
 *               common to be entities ("Russische troepen") that still resolve in lookups
 */
public record StateBody(String lang, String head, String template, EntryKind kind, boolean tagged) {
    /** The canonical name of this body of a country. */
    public String nameFor(String countryName) {
        return template.replace("of {country}", "of " + org.kroniek.kb.internal.KbLoader.withArticle(countryName))
                .replace("{country}", countryName);
    }
}
