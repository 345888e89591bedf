package org.kroniek.record;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An event typed with PLOVER. Actor, recipient and location are entity ids, time a time
 * expression id; status and claims come from the claim that reports the event.
 */
public record Event(String id, EventType type, String mode, String actor, String recipient, String location,
                    String time, Set<ClaimStatus> status, boolean negated, boolean hypothetical,
                    List<String> claims, TextSpan evidence) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(evidence, "evidence");
        status = ClaimStatus.ordered(status);
        claims = claims == null ? List.of() : List.copyOf(claims);
    }
}
