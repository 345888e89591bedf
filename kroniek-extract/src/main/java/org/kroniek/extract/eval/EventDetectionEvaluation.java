package org.kroniek.extract.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.kroniek.extract.events.TriggerLexicon;
import org.kroniek.extract.events.TriggerMatch;
import org.kroniek.extract.events.TriggerMatcher;
import org.kroniek.pipeline.Token;
import org.kroniek.record.EventType;

/**
 * Scores event detection on EventDNA: a predicted trigger is right when it lies inside a gold
 * event mention (any type), a gold mention is found when a trigger lies inside it. The same per
 * type where EventDNA's ACE-like types have a PLOVER counterpart: ASSAULT against Conflict/Attack,
 * PROTEST against Conflict/Demonstrate, COERCE against Justice/ArrestJail, CONSULT against
 * Contact/Meet.
 */
public final class EventDetectionEvaluation {
    /** The scores over a corpus. */
    public record Result(int documents, Prf any, Prf anyTyped, Prf assault, Prf protest, Prf arrest, Prf meet) {
        public String report() {
            return String.format(Locale.ROOT, "documents %d%n"
                            + "events, any type              %s%n"
                            + "events, gold with an ACE type %s%n"
                            + "ASSAULT vs Conflict/Attack    %s%n"
                            + "PROTEST vs Conflict/Demonstrate %s%n"
                            + "COERCE vs Justice/ArrestJail  %s%n"
                            + "CONSULT vs Contact/Meet       %s",
                    documents, any, anyTyped, assault, protest, arrest, meet);
        }
    }

    private final TriggerMatcher matcher;

    public EventDetectionEvaluation(String language) {
        this.matcher = new TriggerMatcher(TriggerLexicon.of(language));
    }

    /** Scores every {@code dnaf.json} under {@code dir}. */
    public Result evaluate(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.getFileName().toString().equals("dnaf.json")).sorted().toList();
        }
        List<EventDnaDocument> docs = new ArrayList<>();
        for (Path f : files) {
            docs.add(EventDnaDocument.read(f));
        }
        return evaluate(docs);
    }

    public Result evaluate(List<EventDnaDocument> docs) {
        Prf any = new Prf(0, 0, 0, 0);
        Prf typed = new Prf(0, 0, 0, 0);
        Prf assault = new Prf(0, 0, 0, 0);
        Prf protest = new Prf(0, 0, 0, 0);
        Prf arrest = new Prf(0, 0, 0, 0);
        Prf meet = new Prf(0, 0, 0, 0);
        for (EventDnaDocument d : docs) {
            List<TriggerMatch> triggers = new ArrayList<>();
            for (List<Token> s : d.sentences()) {
                triggers.addAll(matcher.find(s));
            }
            any = any.plus(score(d, triggers, t -> true, g -> true));
            typed = typed.plus(score(d, triggers, t -> true, g -> !g.type().equals("Unknown")));
            assault = assault.plus(score(d, triggers, t -> t.type() == EventType.ASSAULT,
                    g -> g.type().equals("Conflict") && g.subtype().equals("Attack")));
            protest = protest.plus(score(d, triggers, t -> t.type() == EventType.PROTEST, g -> g.subtype().equals("Demonstrate")));
            arrest = arrest.plus(score(d, triggers, t -> t.type() == EventType.COERCE, g -> g.subtype().equals("ArrestJail")));
            meet = meet.plus(score(d, triggers, t -> t.type() == EventType.CONSULT, g -> g.subtype().equals("Meet")));
        }
        return new Result(docs.size(), any, typed, assault, protest, arrest, meet);
    }

    private static Prf score(EventDnaDocument d, List<TriggerMatch> all, Predicate<TriggerMatch> pred,
                             Predicate<EventDnaDocument.GoldEvent> goldPred) {
        List<TriggerMatch> triggers = all.stream().filter(pred).toList();
        List<EventDnaDocument.GoldEvent> gold = d.events().stream().filter(goldPred).toList();
        int right = 0;
        for (TriggerMatch t : triggers) {
            if (gold.stream().anyMatch(g -> inside(t, g))) {
                right++;
            }
        }
        int found = 0;
        for (EventDnaDocument.GoldEvent g : gold) {
            if (triggers.stream().anyMatch(t -> inside(t, g))) {
                found++;
            }
        }
        return new Prf(right, triggers.size(), found, gold.size());
    }

    private static boolean inside(TriggerMatch t, EventDnaDocument.GoldEvent g) {
        return g.start() <= t.start() && t.end() <= g.end();
    }
}
