/**
 * Claims and attribution: who says what, relayed by whom, and how sure.
 *
 * <p><b>How a cue becomes a claim.</b> Everything language-specific lives in readable lexicons
 * beside these classes, so a linguist extends them without touching code:
 * {@code cues-nl.tsv}/{@code cues-en.tsv} (cue forms with their family and the status they imply),
 * {@code speakers-nl.tsv}/{@code speakers-en.tsv} (role nouns, institutions and metonyms with a
 * speaker kind and country), {@code countries.tsv} (country adjectives) and
 * {@code grammar-nl.tsv}/{@code grammar-en.tsv} (function words by class). {@link
 * org.kroniek.extract.claims.ClaimLexicon} loads them once per language.
 * <ol>
 *   <li>{@code CueMatcher} finds cues in each sentence (longest form first).</li>
 *   <li>A cue of a speaker-introducing family (reporting-verb, relay, according-to, postposed,
 *       confirm, dispute, deny, repeat) goes to {@code AttributionFinder}, which tries the
 *       constructions in a fixed order (content before the cue with the speaker after or before it;
 *       "volgens X"; subject + cue + dat/that/colon; a pointing-back object; a te-infinitive) and
 *       cuts out speaker and content; a content ending in a quotation takes the whole quotation,
 *       across sentences if need be.</li>
 *   <li>{@code SpeakerResolver} turns the speaker words into a speaker: kind and country from the
 *       lexicons, the entity from {@code Layers.ENTITIES}, pronouns and "laatstgenoemde" from the
 *       nearest fitting earlier speaker or person, "woordvoerder van X" from X. "hij"/"he" prefer a
 *       person who is male or of unknown gender, "zij"/"she" (and "ze" beside a singular verb) the
 *       converse: {@code PersonGender} reads each person's gender from the document ({@code
 *       GenderEvidence}: titles, role nouns, following pronouns, with the word lists {@code
 *       gender-words-nl.tsv}/{@code gender-words-en.tsv}) and from {@code first-names.tsv}, which
 *       {@code FirstNameCounter} derives from news text ({@code kroniek train first-names}).</li>
 *   <li>Quotations no cue claimed go to a colon-introduced speaker or continue the previous speaker;
 *       a sentence with only a reportative marker is a claim of the recent (or an unknown) speaker.</li>
 *   <li>{@code StatusAssigner} gives each claim its own status; {@code RelationLinker} links
 *       claims (confirms, disputes, denies, repeats) and spreads {@code disputed} and
 *       {@code unverified} to the claims they refer to.</li>
 * </ol>
 * {@link org.kroniek.extract.claims.ClaimStage} runs these steps and writes {@code Layers.CLAIMS}.
 */
package org.kroniek.extract.claims;
