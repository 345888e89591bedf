package org.kroniek.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kroniek.extract.support.Clauses;
import org.kroniek.extract.support.EntityIndex;
import org.kroniek.extract.support.Languages;
import org.kroniek.extract.support.Paragraphs;
import org.kroniek.extract.support.SentenceTokens;
import org.kroniek.pipeline.AnalyzedSentence;
import org.kroniek.pipeline.Document;
import org.kroniek.pipeline.Layers;
import org.kroniek.pipeline.Stage;
import org.kroniek.pipeline.Token;
import org.kroniek.record.Claim;
import org.kroniek.record.ClaimStatus;
import org.kroniek.record.Event;
import org.kroniek.record.EventType;
import org.kroniek.record.TextSpan;
import org.kroniek.record.TimeExpression;

/**
 * Writes {@link Layers#EVENTS}: PLOVER events found by trigger words, with actor, recipient and
 * location from {@link Layers#ENTITIES}, the time from {@link Layers#TIMES} in the same clause (or
 * sentence), negation and hypotheticality from cue words, and status and claims from the
 * {@link Layers#CLAIMS} that contain the trigger. Missing layers leave the fields null. The
 * evidence is the trigger's clause. Thread-safe.
 */
public final class EventStage implements Stage {
    @Override
    public String name() {
        return "events";
    }

    @Override
    public void process(Document document) {
        String language = Languages.of(document);
        TriggerMatcher matcher = new TriggerMatcher(TriggerLexicon.of(language));
        TriggerLexicon lexicon = TriggerLexicon.of(language);
        ModalityDetector modality = ModalityDetector.of(language);
        TriggerContext context = TriggerContext.of(language);
        EntityIndex entities = new EntityIndex(document.list(Layers.ENTITIES));
        List<TimeExpression> times = document.list(Layers.TIMES);
        List<Claim> claims = document.list(Layers.CLAIMS);
        String text = document.text();
        List<Event> out = new ArrayList<>();
        for (AnalyzedSentence sentence : SentenceTokens.of(document)) {
            List<Token> tokens = sentence.tokens();
            if (tokens.isEmpty()) {
                continue;
            }
            List<int[]> clauses = Clauses.of(tokens);
            List<TriggerMatch> triggers = matcher.find(tokens);
            for (int n = 0; n < triggers.size(); n++) {
                TriggerMatch t = triggers.get(n);
                int next = n + 1 < triggers.size() ? triggers.get(n + 1).first() : tokens.size();
                int[] clause = Clauses.at(clauses, t.first());
                boolean verb = isVerb(tokens, t.first());
                int cStart = tokens.get(clause[0]).start();
                int cEnd = tokens.get(clause[1] - 1).end();
                ArgumentFinder.Arguments args = ArgumentFinder.find(entities, tokens, clause, sentence.span().start(),
                        sentence.span().end(), Paragraphs.startOf(document, sentence.span().start()), t);
                List<Claim> holding = holding(claims, t);
                Set<ClaimStatus> status = holding.isEmpty() ? Set.of() : holding.get(0).status();
                TriggerContext.Typed typed = context.apply(t, tokens, clause, mode(t, lexicon, tokens, clause));
                out.add(new Event("v" + (out.size() + 1), typed.type(), typed.mode(), args.actor(),
                        args.recipient(), args.location(), time(times, cStart, cEnd, sentence, t), status,
                        modality.negated(tokens, t, clause, verb, next), modality.hypothetical(tokens, t, clause, verb, next),
                        holding.stream().map(Claim::id).toList(), TextSpan.of(text, cStart, cEnd)));
            }
        }
        document.put(Layers.EVENTS, List.copyOf(out));
    }

    /** An attack without a mode of its own takes one from a weapon word in its clause. */
    private static String mode(TriggerMatch t, TriggerLexicon lexicon, List<Token> tokens, int[] clause) {
        if (t.mode() != null || t.type() != EventType.ASSAULT) {
            return t.mode();
        }
        for (int k = clause[0]; k < clause[1]; k++) {
            if (k != t.first() && tokens.get(k).text().length() > 2) {
                String m = lexicon.modeOf(tokens.get(k).text());
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    /** The claims whose span contains the trigger, innermost first. */
    private static List<Claim> holding(List<Claim> claims, TriggerMatch t) {
        List<Claim> out = new ArrayList<>();
        for (Claim c : claims) {
            if (c.start() <= t.start() && t.end() <= c.end()) {
                out.add(c);
            }
        }
        out.sort((a, b) -> Integer.compare(a.end() - a.start(), b.end() - b.start()));
        return out;
    }

    private static String time(List<TimeExpression> times, int cStart, int cEnd, AnalyzedSentence s, TriggerMatch t) {
        TimeExpression best = null;
        for (TimeExpression x : times) {
            if (x.start() >= s.span().start() && x.end() <= s.span().end()) {
                boolean inClause = x.start() >= cStart && x.end() <= cEnd;
                if (best == null || inClause && !(best.start() >= cStart && best.end() <= cEnd)
                        || Math.abs(x.start() - t.start()) < Math.abs(best.start() - t.start())
                        && inClause == (best.start() >= cStart && best.end() <= cEnd)) {
                    best = x;
                }
            }
        }
        return best == null ? null : best.id();
    }

    /** A verb by its POS tag; without tags, any trigger not right after an article counts as one. */
    private static boolean isVerb(List<Token> tokens, int i) {
        String pos = tokens.get(i).pos();
        if (pos != null) {
            return pos.startsWith("V");
        }
        for (int k = Math.max(0, i - 2); k < i; k++) {
            if (ARTICLES.contains(tokens.get(k).text().toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> ARTICLES = Set.of("de", "het", "een", "the", "a", "an", "geen", "no");

}
