package org.kroniek.extract.events;

import org.kroniek.record.EventType;

/**
 * A trigger found in a sentence: the token range it covers ({@code last} inclusive, the particle
 * of a separable verb included), its character span, type and mode.
 */
public record TriggerMatch(int first, int last, int start, int end, EventType type, String mode, boolean compound) {
}
