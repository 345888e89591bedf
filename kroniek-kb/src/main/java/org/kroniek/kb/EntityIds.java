package org.kroniek.kb;

import java.util.Objects;
import org.kroniek.record.EntityType;

/**
 * Stable entity ids: the same type and canonical name give the same id in every record, so
 * stores and exports join on it. The id is readable: {@code PER:vladimir-putin}.
 */
public final class EntityIds {
    private EntityIds() {
    }

    /**
     * @param type the entity's type
     * @param canonicalName its canonical name (as {@link KbEntry#name()} gives it)
     * @return {@code TYPE:slug}
     */
    public static String of(EntityType type, String canonicalName) {
        Objects.requireNonNull(type, "type");
        String slug = NameKey.slug(Objects.requireNonNull(canonicalName, "canonicalName"));
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("canonical name has no letters: '" + canonicalName + "'");
        }
        return type.name() + ":" + slug;
    }
}
