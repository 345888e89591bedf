package org.kroniek.extract.events;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.kroniek.text.Tsv;
import org.kroniek.record.EventType;

/**
 * Maps a PLOVER type and mode to ACLED's {@code event_type}/{@code sub_event_type}, from the one
 * table {@code acled.tsv}, for exports that speak ACLED. Immutable and thread-safe.
 *
 * <pre>{@code
 * AcledMapping.standard().map(EventType.ASSAULT, "aerial")
 *     // Optional[Acled[eventType=Explosions/Remote violence, subEventType=Air/drone strike]]
 * }</pre>
 */
public final class AcledMapping {
    /** An ACLED event type with its sub-event type. */
    public record Acled(String eventType, String subEventType) {
    }

    private static final AcledMapping STANDARD = new AcledMapping();

    private final Map<String, Acled> rows;

    private AcledMapping() {
        Map<String, Acled> m = new HashMap<>();
        for (String[] row : Tsv.rows(AcledMapping.class, "acled.tsv", 4, Tsv.Cells.STRIPPED)) {
            EventType.valueOf(row[0]);
            m.put(row[0] + "/" + row[1], new Acled(row[2], row[3]));
        }
        this.rows = Map.copyOf(m);
    }

    public static AcledMapping standard() {
        return STANDARD;
    }

    /** The ACLED type of an event with this PLOVER type and mode ({@code mode} may be null), if one applies. */
    public Optional<Acled> map(EventType type, String mode) {
        Acled exact = mode == null ? null : rows.get(type.name() + "/" + mode);
        return Optional.ofNullable(exact != null ? exact : rows.get(type.name() + "/*"));
    }
}
