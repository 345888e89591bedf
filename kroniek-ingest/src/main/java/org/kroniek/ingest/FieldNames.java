package org.kroniek.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which fields of a JSON Lines object or CSV column hold which part of an article. Each role has
 * a list of candidate names tried in order; {@link #with} puts a user's name first.
 */
public final class FieldNames {
    /** The parts of an article a record field can hold. */
    public enum Role { TEXT, TITLE, DATE, URL, OUTLET, LANGUAGE }

    private static final FieldNames DEFAULTS = new FieldNames(defaultsMap());

    private final Map<Role, List<String>> names;

    private FieldNames(Map<Role, List<String>> names) {
        this.names = names;
    }

    public static FieldNames defaults() {
        return DEFAULTS;
    }

    private static Map<Role, List<String>> defaultsMap() {
        Map<Role, List<String>> m = new EnumMap<>(Role.class);
        m.put(Role.TEXT, List.of("text", "body", "content", "article", "articleBody", "full_text", "maintext"));
        m.put(Role.TITLE, List.of("title", "headline"));
        m.put(Role.DATE, List.of("date", "published", "published_at", "publishedAt", "datePublished",
                "pubDate", "date_publish", "datetime", "time"));
        m.put(Role.URL, List.of("url", "link", "uri"));
        m.put(Role.OUTLET, List.of("source", "publisher", "outlet", "site", "source_domain"));
        m.put(Role.LANGUAGE, List.of("language", "lang", "inLanguage"));
        return m;
    }

    /**
     * These names with {@code field} tried first for {@code role}.
     *
     * @param role one of text, title, date, url, outlet, language (case-insensitive)
     * @throws IllegalArgumentException for an unknown role, naming the known ones
     */
    public FieldNames with(String role, String field) {
        Role r;
        try {
            r = Role.valueOf(role.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown field role '" + role + "'; known: "
                    + Arrays.stream(Role.values()).map(x -> x.name().toLowerCase(Locale.ROOT)).toList());
        }
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("empty field name for role " + role);
        }
        Map<Role, List<String>> m = new EnumMap<>(names);
        List<String> list = new ArrayList<>();
        list.add(field.strip());
        for (String n : names.get(r)) {
            if (!n.equals(field.strip())) {
                list.add(n);
            }
        }
        m.put(r, List.copyOf(list));
        return new FieldNames(m);
    }

    /** Candidate field names for a role, most specific first. */
    public List<String> of(Role role) {
        return names.get(role);
    }
}
