package org.kroniek.extract.events;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.kroniek.extract.support.EntityIndex;
import org.kroniek.pipeline.Token;
import org.kroniek.record.EntityType;
import org.kroniek.record.EventType;
import org.kroniek.record.PlaceKind;

/**
 * Finds an event's actor, recipient and location among the resolved entities near its trigger:
 * the actor is the last actor-like entity before the trigger in its clause (or the agent after
 * "door"/"by"; a "laatstgenoemde"/"he" subject takes the last person named), the recipient the
 * first entity after it; the location the best place in the clause, then the sentence, then (for
 * events that happen somewhere: attacks, protests, troop moves) the nearest place named before.
 * Metonymic uses ("het Kremlin" acting) arrive here already resolved to actor entities.
 * Stateless and thread-safe.
 */
public final class ArgumentFinder {
    /** The arguments found; each an entity id or null. */
    public record Arguments(String actor, String recipient, String location) {
    }

    private static final Set<String> AGENT_MARKERS = Set.of("door", "by");
    private static final Set<String> ANAPHORS = Set.of("laatstgenoemde", "hij", "zij", "he", "she", "the latter");
    private static final Set<String> LOCATIVES = Set.of("in", "bij", "op", "rond", "nabij", "near", "at", "around",
            "outside", "buiten", "voor", "naar", "to", "into", "from", "uit");
    private static final Set<EventType> PLACED = Set.of(EventType.ASSAULT, EventType.PROTEST, EventType.MOBILIZE,
            EventType.COERCE, EventType.RETREAT, EventType.AID);
    private static final int PREVIOUS_PLACE_WINDOW = 800;

    private ArgumentFinder() {
    }

    /**
     * The arguments of trigger {@code t}. {@code clause} is its clause's token range; a place named
     * before the sentence is looked for back to {@code contextStart} (the paragraph's start).
     */
    public static Arguments find(EntityIndex index, List<Token> tokens, int[] clause, int sentenceStart, int sentenceEnd,
                                 int contextStart, TriggerMatch t) {
        if (index.isEmpty()) {
            return new Arguments(null, null, null);
        }
        int cStart = tokens.get(clause[0]).start();
        int cEnd = tokens.get(clause[1] - 1).end();
        boolean passive = Voice.passive(tokens, clause, t);
        String actor = passive ? agent(index, tokens, clause, cEnd, t) : actor(index, tokens, clause, cStart, cEnd, sentenceStart, t);
        String recipient = (passive
                ? index.lastBefore(t.start(), cStart, r -> !r.id().equals(actor) && (r.isActor() || r.isPlace()))
                : index.firstAfter(t.end(), cEnd, r -> !r.id().equals(actor) && (r.isActor() || r.isPlace())))
                .map(EntityIndex.Ref::id).orElse(null);
        String location = location(index, tokens, cStart, cEnd, sentenceStart, sentenceEnd,
                Math.max(contextStart, sentenceStart - PREVIOUS_PLACE_WINDOW), t);
        return new Arguments(actor, recipient, location);
    }

    /** The agent of a passive: the entity after "door"/"by" in the clause. */
    private static String agent(EntityIndex index, List<Token> tokens, int[] clause, int cEnd, TriggerMatch t) {
        for (int k = t.last() + 1; k < clause[1] - 1; k++) {
            if (AGENT_MARKERS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                Optional<EntityIndex.Ref> agent = index.firstAfter(tokens.get(k).end(), cEnd, EntityIndex.Ref::isActor);
                if (agent.isPresent() && agent.get().start() - tokens.get(k).end() < 40) {
                    return agent.get().id();
                }
            }
        }
        for (int k = clause[0]; k < t.first(); k++) {
            if (AGENT_MARKERS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                Optional<EntityIndex.Ref> agent = index.firstAfter(tokens.get(k).end(), t.start(), EntityIndex.Ref::isActor);
                if (agent.isPresent()) {
                    return agent.get().id();
                }
            }
        }
        return null;
    }

    private static String actor(EntityIndex index, List<Token> tokens, int[] clause, int cStart, int cEnd, int sentenceStart,
                                TriggerMatch t) {
        for (int k = t.last() + 1; k < clause[1] - 1; k++) {
            if (AGENT_MARKERS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                Optional<EntityIndex.Ref> agent = index.firstAfter(tokens.get(k).end(), cEnd, EntityIndex.Ref::isActor);
                if (agent.isPresent() && agent.get().start() - tokens.get(k).end() < 40) {
                    return agent.get().id();
                }
            }
        }
        Optional<EntityIndex.Ref> before = index.lastBefore(t.start(), cStart, EntityIndex.Ref::isActor);
        if (before.isEmpty()) {
            before = index.lastBefore(t.start(), sentenceStart, EntityIndex.Ref::isActor);
        }
        if (before.isPresent()) {
            return before.get().id();
        }
        for (int k = clause[0]; k < t.first(); k++) {
            if (ANAPHORS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                return index.lastBefore(sentenceStart, 0, r -> r.entity().type() == EntityType.PER)
                        .map(EntityIndex.Ref::id).orElse(null);
            }
        }
        return null;
    }

    private static String location(EntityIndex index, List<Token> tokens, int cStart, int cEnd, int sentenceStart,
                                   int sentenceEnd, int contextStart, TriggerMatch t) {
        EntityIndex.Ref best = best(index.within(cStart, cEnd), tokens, t);
        if (best == null) {
            best = best(index.within(sentenceStart, sentenceEnd), tokens, t);
        }
        if (best == null && PLACED.contains(t.type())) {
            best = index.lastBefore(sentenceStart, contextStart, r -> r.isPlace() && !isCountry(r)).orElse(null);
        }
        return best == null ? null : best.id();
    }

    /** The most telling place among {@code refs}: a town or region over a country, after a locative word, near the trigger. */
    private static EntityIndex.Ref best(List<EntityIndex.Ref> refs, List<Token> tokens, TriggerMatch t) {
        EntityIndex.Ref best = null;
        int bestScore = Integer.MIN_VALUE;
        for (EntityIndex.Ref r : refs) {
            if (!r.isPlace() || Voice.asSource(tokens, r.start())) {
                continue;
            }
            int score = 0;
            if (!isCountry(r)) {
                score += 4;
            }
            if (afterLocative(tokens, r.start())) {
                score += 3;
            }
            score -= Math.min(3, Math.abs(r.start() - t.start()) / 40);
            if (score > bestScore) {
                best = r;
                bestScore = score;
            }
        }
        if (best != null && isCountry(best) && !afterLocative(tokens, best.start())) {
            return null;
        }
        return best;
    }

    private static boolean isCountry(EntityIndex.Ref r) {
        return r.entity().place() != null && r.entity().place().kind() == PlaceKind.COUNTRY;
    }

    private static boolean afterLocative(List<Token> tokens, int start) {
        for (int k = 1; k < tokens.size(); k++) {
            if (tokens.get(k).start() >= start) {
                int j = k - 1;
                while (j > 0 && tokens.get(j).text().length() > 0 && Character.isLowerCase(tokens.get(j).text().charAt(0))
                        && !LOCATIVES.contains(tokens.get(j).text().toLowerCase(Locale.ROOT)) && k - j < 3) {
                    j--;
                }
                return LOCATIVES.contains(tokens.get(j).text().toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }
}
