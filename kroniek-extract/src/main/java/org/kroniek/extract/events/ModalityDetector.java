package org.kroniek.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kroniek.text.Tsv;
import org.kroniek.pipeline.Token;

/**
 * Decides whether an event is negated ("van een grootschalige terugtrekking is nog geen sprake",
 * "no sign of", "denied that") or hypothetical (promises, plans, intentions, threats, demands,
 * conditions: "belofte om ... af te schalen", "zou willen hervatten", "threatened to") from cue
 * words near its trigger ({@code negation-nl.tsv}, {@code hypothetical-nl.tsv}). Immutable and
 * thread-safe; one instance per language.
 */
public final class ModalityDetector {
    private enum Where { BEFORE, AFTER, AFTER_ANY }

    private static final int CLAUSE = -1;
    private static final int SENTENCE = -2;

    private record Cue(List<String> words, Where where, int scope) {
    }

    private static final ModalityDetector NL = new ModalityDetector("nl");
    private static final ModalityDetector EN = new ModalityDetector("en");

    private final List<Cue> negation;
    private final List<Cue> hypothetical;

    private ModalityDetector(String language) {
        this.negation = load("negation-" + language + ".tsv");
        this.hypothetical = load("hypothetical-" + language + ".tsv");
    }

    public static ModalityDetector of(String language) {
        return "en".equals(language) ? EN : NL;
    }

    /**
     * Whether the trigger is negated. {@code clause} is its clause's token range, {@code verb} whether
     * it is a verb, {@code next} the token index of the next trigger in the sentence (cues after
     * that belong to it), or the sentence length.
     */
    public boolean negated(List<Token> tokens, TriggerMatch trigger, int[] clause, boolean verb, int next) {
        return any(negation, tokens, trigger, clause, verb, next);
    }

    /** Whether the trigger is hypothetical; the arguments are those of {@link #negated}. */
    public boolean hypothetical(List<Token> tokens, TriggerMatch trigger, int[] clause, boolean verb, int next) {
        return any(hypothetical, tokens, trigger, clause, verb, next);
    }

    private static boolean any(List<Cue> cues, List<Token> tokens, TriggerMatch t, int[] clause, boolean verb, int next) {
        List<String> words = new ArrayList<>(tokens.size());
        for (Token tok : tokens) {
            String w = tok.text().toLowerCase(Locale.ROOT).replace('’', '\'');
            words.add(w.endsWith("n't") ? "not" : w);
        }
        for (Cue cue : cues) {
            for (int s = 0; s + cue.words.size() <= words.size(); s++) {
                if (!matchesAt(cue.words, words, s)) {
                    continue;
                }
                int e = s + cue.words.size();
                if (s <= t.last() && e > t.first() && !(s > t.first() && s < t.last())) {
                    continue;
                }
                if ((cue.where == Where.BEFORE || s < next) && inScope(cue, s, e, t, clause, verb)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean inScope(Cue cue, int s, int e, TriggerMatch t, int[] clause, boolean verb) {
        switch (cue.where) {
            case BEFORE:
                if (e > t.first()) {
                    return false;
                }
                return cue.scope == SENTENCE || (cue.scope == CLAUSE ? s >= clause[0] : s >= clause[0] && t.first() - e < cue.scope);
            case AFTER:
                if (!verb || s <= t.first()) {
                    return false;
                }
                return e <= clause[1] && (cue.scope < 0 || s - t.last() <= cue.scope || s < t.last());
            default:
                if (s <= t.first()) {
                    return false;
                }
                return cue.scope == SENTENCE || e <= clause[1] && (cue.scope < 0 || s - t.last() <= cue.scope);
        }
    }

    private static boolean matchesAt(List<String> cue, List<String> words, int s) {
        for (int k = 0; k < cue.size(); k++) {
            if (!words.get(s + k).equals(cue.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static List<Cue> load(String file) {
        List<Cue> out = new ArrayList<>();
        for (String[] row : Tsv.rows(ModalityDetector.class, file, 3, Tsv.Cells.STRIPPED)) {
            Where where = Where.valueOf(row[1].toUpperCase(Locale.ROOT).replace('-', '_'));
            int scope = switch (row[2]) {
                case "clause" -> CLAUSE;
                case "sentence" -> SENTENCE;
                default -> Integer.parseInt(row[2]);
            };
            out.add(new Cue(List.of(row[0].toLowerCase(Locale.ROOT).split("\\s+")), where, scope));
        }
        return List.copyOf(out);
    }
}
