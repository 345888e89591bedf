package org.kroniek.extract.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.kroniek.record.Entity;
import org.kroniek.record.EntityType;
import org.kroniek.record.PlaceKind;
import org.kroniek.record.TextSpan;

/**
 * Every mention of every resolved entity, in text order, for finding the entity at, before or
 * after a position. Built per document from the ENTITIES layer; immutable.
 */
public final class EntityIndex {
    /** One mention of a resolved entity. */
    public record Ref(int start, int end, Entity entity) {
        public String id() {
            return entity.id();
        }

        /** A place an event can happen at: a location entity (metonymic uses are resolved to other entities upstream). */
        public boolean isPlace() {
            return entity.type() == EntityType.LOC;
        }

        /** Someone who can act: a person, an organisation, or a state named by its country or capital. */
        public boolean isActor() {
            return entity.type() == EntityType.PER || entity.type() == EntityType.ORG
                    || (entity.type() == EntityType.LOC && entity.place() != null
                    && entity.place().kind() == PlaceKind.COUNTRY);
        }
    }

    private final List<Ref> refs;

    public EntityIndex(List<Entity> entities) {
        List<Ref> all = new ArrayList<>();
        for (Entity e : entities) {
            for (TextSpan m : e.mentions()) {
                all.add(new Ref(m.start(), m.end(), e));
            }
        }
        all.sort(Comparator.comparingInt(Ref::start).thenComparingInt(Ref::end));
        this.refs = List.copyOf(all);
    }

    /** Mentions lying inside {@code [from, to)}, in text order. */
    public List<Ref> within(int from, int to) {
        List<Ref> out = new ArrayList<>();
        for (Ref r : refs) {
            if (r.start >= from && r.end <= to) {
                out.add(r);
            }
        }
        return out;
    }

    /** The mention matching {@code test} that ends last at or before {@code pos}, not before {@code limit}. */
    public Optional<Ref> lastBefore(int pos, int limit, Predicate<Ref> test) {
        Ref best = null;
        for (Ref r : refs) {
            if (r.end <= pos && r.start >= limit && test.test(r)) {
                best = r;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The first mention matching {@code test} that starts at or after {@code pos} and ends by {@code limit}. */
    public Optional<Ref> firstAfter(int pos, int limit, Predicate<Ref> test) {
        for (Ref r : refs) {
            if (r.start >= pos && r.end <= limit && test.test(r)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    public boolean isEmpty() {
        return refs.isEmpty();
    }
}
