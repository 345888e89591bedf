package org.kroniek.kb;

import java.util.Map;
import java.util.Optional;

/**
 * What the knowledge base adds to a document's entities beyond the record: the kind of each
 * entity (government, media, city, ...) and metonymy (a place or building that stands for a
 * government, as "het Kremlin" or "Kyiv" as a speaker). Claims and events take speakers and
 * actors from here. Written by {@link EntityStage} to {@link KbLayers#FACTS}.
 *
 * @param kinds entity id to kind label ({@link EntryKind#label()})
 * @param standsFor entity id to the id of the government entity it stands for
 */
public record EntityFacts(Map<String, String> kinds, Map<String, String> standsFor) {
    /** No facts. */
    public static final EntityFacts EMPTY = new EntityFacts(Map.of(), Map.of());

    public EntityFacts {
        kinds = Map.copyOf(kinds);
        standsFor = Map.copyOf(standsFor);
    }

    /** The kind label of an entity, such as {@code government} or {@code media}. */
    public Optional<String> kindOf(String entityId) {
        return Optional.ofNullable(kinds.get(entityId));
    }

    /** The government entity id an entity stands for, when the text uses it that way. */
    public Optional<String> standsFor(String entityId) {
        return Optional.ofNullable(standsFor.get(entityId));
    }
}
