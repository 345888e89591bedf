package org.kroniek.extract.claims;

import java.util.Locale;

/** What a cue does: the family column of {@code cues-*.tsv}. */
public enum CueFamily {
    /** A verb of saying with its speaker as subject ("zegt", "said"). */
    REPORTING_VERB,
    /** A verb whose subject relays its object ("citeert persbureau X een woordvoerder"). */
    RELAY,
    /** A preposition before the speaker ("volgens X", "according to X"). */
    ACCORDING_TO,
    /**
     * A preposition before a survey or study that reports a finding ("In a CBS poll last month,
     * X led", "X led in the latest Fox poll"): only counts when that phrase holds a survey noun.
     */
    SURVEY_FRAME,
    /** A word after the content and before the speaker ("..., aldus X"). */
    POSTPOSED,
    /** Marks the content as hearsay ("zou", "naar verluidt", "reportedly"). */
    REPORTATIVE,
    /** Says that something could not be verified (needs a negation unless the word is negative itself). */
    UNVERIFIED,
    DISPUTE,
    DENY,
    CONFIRM,
    /** Weakens the cue it governs ("lijkt te bevestigen", "appears to confirm"). */
    HEDGE,
    REPEAT;

    /** The family for a lexicon label such as {@code reporting-verb}. */
    public static CueFamily of(String label) {
        return valueOf(label.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** Whether the cue introduces a speaker of its own. */
    public boolean introducesSpeaker() {
        return this == REPORTING_VERB || this == RELAY || this == ACCORDING_TO || this == SURVEY_FRAME || this == POSTPOSED
                || this == DISPUTE || this == DENY || this == CONFIRM || this == REPEAT;
    }
}
