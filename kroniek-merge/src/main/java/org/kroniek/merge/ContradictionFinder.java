package org.kroniek.merge;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.Claim;
import org.kroniek.record.ClaimStatus;
import org.kroniek.record.Entity;
import org.kroniek.record.Event;
import org.kroniek.record.EventType;
import org.kroniek.record.TextSpan;

/**
 * Finds reports that cannot both be true: disagreeing figures, reported versus denied events,
 * disputed or denied claims, and promises broken by a later assault. Each side names its article,
 * item and evidence.
 */
final class ContradictionFinder {
    private static final Set<EventType> PROMISES = EnumSet.of(EventType.RETREAT, EventType.CONCEDE);
    private static final Set<ClaimStatus> DISPUTING = EnumSet.of(ClaimStatus.DISPUTED, ClaimStatus.DENIED);

    private final MergeConfig config;
    private final EventRules events;
    private final Places places;

    ContradictionFinder(MergeConfig config, EventRules events, Places places) {
        this.config = config;
        this.events = events;
        this.places = places;
    }

    List<Contradiction> withinStory(List<ArticleProfile> members, List<EventMention> mentions) {
        List<Contradiction> out = new ArrayList<>();
        figures(members, out);
        negated(mentions, out);
        claims(members, out);
        return out;
    }

    private void figures(List<ArticleProfile> members, List<Contradiction> out) {
        List<FigureRef> refs = new ArrayList<>();
        members.forEach(m -> refs.addAll(FigureRef.of(m)));
        for (int i = 0; i < refs.size(); i++) {
            for (int j = i + 1; j < refs.size(); j++) {
                FigureRef a = refs.get(i);
                FigureRef b = refs.get(j);
                // one outlet giving another number is an update of its own count (shown in the series), not a clash of sources
                if (a.article() == b.article() || a.article().outlet().equals(b.article().outlet())
                        || a.figure().kind() != b.figure().kind() || !a.hasNumber() || !b.hasNumber()
                        || !places.known(a.location(), a.place(), b.location(), b.place()) || !closeInTime(a.article(), b.article())) {
                    continue;
                }
                if (a.upper() < b.lower() || b.upper() < a.lower()) {
                    String kind = a.figure().kind().name().toLowerCase(java.util.Locale.ROOT);
                    out.add(Contradiction.of(Contradiction.Kind.FIGURES,
                            kind + " in " + a.locationName() + ": " + range(a) + " (" + who(a) + ") vs " + range(b)
                                    + " (" + who(b) + ")",
                            side(a), side(b)));
                }
            }
        }
    }

    private boolean closeInTime(ArticleProfile a, ArticleProfile b) {
        return a.published().isEmpty() || b.published().isEmpty()
                || a.published().get().gapDays(b.published().get()) <= config.figureWindowDays();
    }

    private static String range(FigureRef f) {
        Long lo = f.figure().low();
        Long hi = f.figure().high();
        if (hi == null) {
            return "at least " + lo;
        }
        return lo == null || lo.equals(hi) ? String.valueOf(hi) : lo + "-" + hi;
    }

    private static String who(FigureRef f) {
        return f.speaker() != null ? f.speaker() : f.article().outlet();
    }

    private static Contradiction.Side side(FigureRef f) {
        return new Contradiction.Side(f.article().id(), f.id(), f.figure().evidence().text());
    }

    private void negated(List<EventMention> mentions, List<Contradiction> out) {
        for (EventMention denied : mentions) {
            if (!denied.negated() || denied.hypothetical()) {
                continue;
            }
            for (EventMention reported : mentions) {
                if (!reported.negated() && !reported.hypothetical() && !reported.article().equals(denied.article())
                        && events.sameHappening(denied, reported)) {
                    out.add(Contradiction.of(Contradiction.Kind.NEGATED_EVENT,
                            reported.type() + " at " + reported.location() + " reported by " + reported.outlet()
                                    + ", said not to happen by " + denied.outlet(),
                            side(reported), side(denied)));
                }
            }
        }
    }

    private static Contradiction.Side side(EventMention m) {
        return new Contradiction.Side(m.article(), m.event(), m.evidence());
    }

    /** A claim marked disputed or denied, against a claim of another article about the same entities and event type. */
    private void claims(List<ArticleProfile> members, List<Contradiction> out) {
        List<ClaimContent> all = new ArrayList<>();
        members.forEach(m -> m.record().claims().forEach(c -> all.add(ClaimContent.of(m, c))));
        for (ClaimContent disputing : all) {
            if (disputing.claim.status().stream().noneMatch(DISPUTING::contains)) {
                continue;
            }
            for (ClaimContent other : all) {
                if (other.article == disputing.article || other.claim.status().stream().anyMatch(DISPUTING::contains)) {
                    continue;
                }
                Set<String> shared = new HashSet<>(other.entities);
                shared.retainAll(disputing.entities);
                Set<EventType> types = EnumSet.noneOf(EventType.class);
                types.addAll(other.types);
                types.retainAll(disputing.types);
                if (!shared.isEmpty() && !types.isEmpty()) {
                    String verb = disputing.claim.status().contains(ClaimStatus.DENIED) ? "denied" : "disputed";
                    out.add(Contradiction.of(Contradiction.Kind.DISPUTED_CLAIM,
                            types.iterator().next() + " claim by " + other.claim.speaker().text() + " is " + verb
                                    + " by " + disputing.claim.speaker().text() + " in " + disputing.article.outlet(),
                            new Contradiction.Side(other.article.id(), other.claim.id(), other.claim.text()),
                            new Contradiction.Side(disputing.article.id(), disputing.claim.id(), disputing.claim.text())));
                }
            }
        }
    }

    /** A hypothetical, not negated RETREAT or CONCEDE with a known actor: a promise that a later assault can break. */
    static boolean promise(EventMention m) {
        return PROMISES.contains(m.type()) && m.hypothetical() && !m.negated() && m.actor() != null;
    }

    /** A reported (neither negated nor hypothetical) ASSAULT with a known actor. */
    static boolean assault(EventMention m) {
        return m.type() == EventType.ASSAULT && m.actor() != null && !m.negated() && !m.hypothetical();
    }

    /**
     * A promise broken by an assault of the same actor at the same place (a town, site or region, not a
     * whole country), reported for a day from the promise to {@link MergeConfig#promiseWindowDays()} after it.
     */
    java.util.Optional<Contradiction> broken(EventMention p, EventMention a) {
        if (!promise(p) || !assault(a) || !p.actor().equals(a.actor())) {
            return java.util.Optional.empty();
        }
        if (p.dates().isEmpty() || a.dates().isEmpty()) {
            return java.util.Optional.empty();
        }
        DateRange promised = p.dates().get();
        DateRange assaulted = a.dates().get();
        boolean after = promised.notAfter(assaulted)
                && assaulted.first().toEpochDay() - promised.last().toEpochDay() <= config.promiseWindowDays();
        if (!after || !places.local(p.location(), p.place(), a.location(), a.place())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Contradiction.of(Contradiction.Kind.BROKEN_PROMISE,
                p.actor() + " promised " + p.type() + " at " + p.location() + " (" + p.outlet()
                        + ") but " + a.outlet() + " reports an ASSAULT there after",
                side(p), side(a)));
    }

    /** A claim's content: the entities mentioned inside its span and those of its events, and its events' types. */
    private record ClaimContent(ArticleProfile article, Claim claim, Set<String> entities, Set<EventType> types) {
        static ClaimContent of(ArticleProfile a, Claim c) {
            ArticleRecord r = a.record();
            Set<String> ents = new HashSet<>();
            for (Entity e : r.entities()) {
                for (TextSpan s : e.mentions()) {
                    if (s.start() >= c.start() && s.end() <= c.end() && !e.id().equals(c.speaker().entity())) {
                        ents.add(e.id());
                    }
                }
            }
            Set<EventType> types = EnumSet.noneOf(EventType.class);
            for (Event e : r.events()) {
                if (e.claims().contains(c.id())) {
                    types.add(e.type());
                    for (String id : new String[] {e.actor(), e.recipient(), e.location()}) {
                        if (id != null) {
                            ents.add(id);
                        }
                    }
                }
            }
            return new ClaimContent(a, c, ents, types);
        }
    }
}
