package org.kroniek.store;

import java.util.Locale;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The facet dimensions every search counts; most are also filters. {@link #ENTITY_KEY} is
 * internal: its number of distinct values is the number of canonical entities matched.
 */
enum Facet {
    TYPE, EVENT_TYPE, ENTITY, PLACE, STATUS, MONTH, LANGUAGE, ENTITY_KEY;

    /** Shown to users (all but the internal ones). */
    boolean shown() {
        return this != ENTITY_KEY;
    }

    String dim() {
        return name().toLowerCase(Locale.ROOT);
    }

    String filterField() {
        return "f_" + dim();
    }

    static FacetsConfig config() {
        FacetsConfig config = new FacetsConfig();
        for (Facet f : values()) {
            config.setMultiValued(f.dim(), true);
        }
        return config;
    }
}
