package org.kroniek.record;

import java.util.Objects;

/** Who makes a claim: the words used for the speaker and, where resolved, its entity id. */
public record Speaker(String entity, String text, SpeakerKind kind, String country) {
    public Speaker {
        Objects.requireNonNull(text, "text");
        kind = kind == null ? SpeakerKind.UNKNOWN : kind;
    }
}
