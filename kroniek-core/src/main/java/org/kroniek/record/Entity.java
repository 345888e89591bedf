package org.kroniek.record;

import java.util.List;
import java.util.Objects;

/**
 * One real-world entity of an article: its canonical name (the same across languages and
 * documents), the surface forms used for it, and where it is mentioned.
 */
public record Entity(String id, String name, EntityType type, List<String> aliases,
                     List<TextSpan> mentions, String country, Place place) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
}
