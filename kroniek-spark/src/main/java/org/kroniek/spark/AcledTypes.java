package org.kroniek.spark;

import org.kroniek.record.Event;

/**
 * ACLED's event_type and sub_event_type for an event. The mapping from PLOVER type and mode to
 * ACLED belongs in kroniek-extract ({@code AcledMapping}, issue 5's events work); until it is in
 * main, both are null, so the event table's columns are there but empty, and the PLOVER type
 * and mode are written beside them.
 */
final class AcledTypes {
    private AcledTypes() {
    }

    static String eventType(Event event) {
        return null;
    }

    static String subEventType(Event event) {
        return null;
    }
}
