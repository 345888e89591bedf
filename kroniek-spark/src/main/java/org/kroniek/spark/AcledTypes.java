package org.kroniek.spark;

import org.kroniek.extract.events.AcledMapping;
import org.kroniek.record.Event;

/** ACLED's event_type and sub_event_type for an event, from kroniek-extract's one mapping table. */
final class AcledTypes {
    private AcledTypes() {
    }

    static String eventType(Event event) {
        return AcledMapping.standard().map(event.type(), event.mode()).map(AcledMapping.Acled::eventType).orElse(null);
    }

    static String subEventType(Event event) {
        return AcledMapping.standard().map(event.type(), event.mode()).map(AcledMapping.Acled::subEventType).orElse(null);
    }
}
