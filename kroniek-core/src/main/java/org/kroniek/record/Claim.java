package org.kroniek.record;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Something a speaker says, with its span in the text, the cue that marks it, whether it is
 * quoted directly, and its epistemic status. {@code via} is the entity that relays the speaker.
 */
public record Claim(String id, Speaker speaker, String via, String cue, String text, int start, int end,
                    boolean direct, Set<ClaimStatus> status, String time, List<ClaimRelation> relations) {
    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(text, "text");
        status = ClaimStatus.ordered(status);
        relations = relations == null ? List.of() : List.copyOf(relations);
    }
}
