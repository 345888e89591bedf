package org.kroniek.merge;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.Claim;
import org.kroniek.record.Entity;
import org.kroniek.record.EntityType;
import org.kroniek.record.Event;
import org.kroniek.record.EventType;

/**
 * What story clustering needs of one article, computed once: outlet, language, publication
 * days, the canonical entity ids (persons, organisations, places) and the words of its title and
 * lead (the first {@link #LEAD_CHARS} characters: what a story is about is said there, while a
 * long address or round-up names dozens of things further down), event types and text shingles.
 */
record ArticleProfile(ArticleRecord record, String outlet, String language, Optional<DateRange> published,
                      Set<String> entities, Set<String> speakersOnly, Set<String> countries, Set<String> words, Set<EventType> eventTypes, Set<Long> shingles,
                      long[] signature) {
    static final int LEAD_CHARS = 400;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{3,}");

    static ArticleProfile of(ArticleRecord r) {
        String outlet = Outlets.of(r);
        Map<String, Entity> ents = new TreeMap<>();
        for (Entity e : r.entities()) {
            if (e.type() != EntityType.MISC && inLead(e) && !names(e, outlet)) {
                ents.put(e.id(), e);
            }
        }
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (Event e : r.events()) {
            types.add(e.type());
        }
        Set<Long> sh = Shingles.of(r.text());
        return new ArticleProfile(r, outlet, r.language(),
                r.published() == null ? Optional.empty() : DateRange.parse(r.published().value()),
                Set.copyOf(ents.keySet()), speakersOnly(r, ents.values()), countries(ents.values()), leadWords(r, nameWords(r)), Set.copyOf(types), sh, Shingles.signature(sh));
    }

    /**
     * Entities that only speak ("..., the White House says"): a claim's speaker (by id or by the
     * words of a mention) never named inside a claim. Two reports quoting the same spokesman
     * are not thereby about the same thing.
     */
    /** The countries among the entities: named in nearly every war report, they never tie two languages by themselves. */
    private static Set<String> countries(java.util.Collection<Entity> ents) {
        Set<String> out = new HashSet<>();
        for (Entity e : ents) {
            if (e.place() != null && e.place().kind() == org.kroniek.record.PlaceKind.COUNTRY) {
                out.add(e.id());
            }
        }
        return Set.copyOf(out);
    }

    private static Set<String> speakersOnly(ArticleRecord r, java.util.Collection<Entity> ents) {
        Set<String> out = new HashSet<>();
        Set<String> speakerIds = new HashSet<>();
        Set<String> speakerWords = new HashSet<>();
        for (Claim c : r.claims()) {
            if (c.speaker().entity() != null) {
                speakerIds.add(c.speaker().entity());
            }
            if (c.speaker().text() != null) {
                speakerWords.add(c.speaker().text().strip().toLowerCase(Locale.ROOT));
            }
        }
        for (Entity e : ents) {
            boolean speaks = speakerIds.contains(e.id())
                    || e.mentions().stream().anyMatch(m -> speakerWords.contains(m.text().strip().toLowerCase(Locale.ROOT)));
            boolean inClaim = e.mentions().stream().anyMatch(m -> r.claims().stream()
                    .anyMatch(c -> m.start() >= c.start() && m.end() <= c.end()));
            if (speaks && !inClaim) {
                out.add(e.id());
            }
        }
        return Set.copyOf(out);
    }

    /** The outlet naming itself ("..., CNN sees", "tells CNN") says nothing about what the story is. */
    private static boolean names(Entity e, String outlet) {
        return e.name().strip().equalsIgnoreCase(outlet)
                || e.mentions().stream().anyMatch(m -> m.text().strip().equalsIgnoreCase(outlet));
    }

    /** Named in the lead, or placed nowhere (a record without mention offsets). */
    private static boolean inLead(Entity e) {
        return e.mentions().isEmpty() || e.mentions().stream().anyMatch(m -> m.start() < LEAD_CHARS);
    }

    /** The words of every entity's mentions and name: the entity overlap counts them already. */
    private static Set<String> nameWords(ArticleRecord r) {
        Set<String> out = new HashSet<>();
        for (Entity e : r.entities()) {
            out.addAll(words(e.name()));
            e.mentions().forEach(m -> out.addAll(words(m.text())));
        }
        return out;
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        if (s != null) {
            Matcher m = WORD.matcher(Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
            while (m.find()) {
                out.add(m.group());
            }
        }
        return out;
    }

    /** The words of the title and lead that are not part of a name: what the lead says happened. */
    private static Set<String> leadWords(ArticleRecord r, Set<String> names) {
        String lead = (r.title() == null ? "" : r.title() + " ") + r.text().substring(0, Math.min(LEAD_CHARS, r.text().length()));
        Set<String> out = words(lead);
        out.removeAll(names);
        return Set.copyOf(out);
    }

    String id() {
        return record.id();
    }

    /** Orders articles by publication (undated last), then id: the "earliest member" of a group. */
    static int chronological(ArticleProfile a, ArticleProfile b) {
        int c;
        if (a.published.isPresent() && b.published.isPresent()) {
            c = a.published.get().compareTo(b.published.get());
        } else {
            c = Boolean.compare(a.published.isEmpty(), b.published.isEmpty());
        }
        return c != 0 ? c : a.id().compareTo(b.id());
    }

    /** @return the epoch day of the first day of publication, or {@link DayIndex#UNDATED} */
    long day() {
        return published.map(d -> d.first().toEpochDay()).orElse(DayIndex.UNDATED);
    }

    boolean dated() {
        return published.isPresent();
    }

    boolean sameLanguage(ArticleProfile o) {
        return language != null && language.equals(o.language);
    }
}
