package org.kroniek.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.kroniek.text.Tsv;
import org.kroniek.pipeline.Token;
import org.kroniek.record.EventType;

/**
 * Words in a trigger's clause that change its type ({@code context-nl.tsv}): a building
 * "bezet" by activists is a PROTEST, by troops a seizure (COERCE). Immutable and thread-safe;
 * one instance per language.
 */
final class TriggerContext {
    /** The type and mode an event ends up with. */
    record Typed(EventType type, String mode) {
    }

    private record Rule(EventType type, String mode, String word, EventType newType, String newMode) {
    }

    private static final TriggerContext NL = new TriggerContext("nl");
    private static final TriggerContext EN = new TriggerContext("en");

    private final List<Rule> rules;

    private TriggerContext(String language) {
        List<Rule> r = new ArrayList<>();
        for (String[] row : Tsv.rows(TriggerContext.class, "context-" + language + ".tsv", 3, Tsv.Cells.STRIPPED)) {
            String[] typeMode = row[0].split("/", 2);
            r.add(new Rule(EventType.valueOf(typeMode[0]), typeMode.length > 1 ? typeMode[1] : null, row[1].toLowerCase(Locale.ROOT),
                    EventType.valueOf(row[2]), Tsv.cell(row, 3).isEmpty() ? null : Tsv.cell(row, 3)));
        }
        this.rules = List.copyOf(r);
    }

    static TriggerContext of(String language) {
        return "en".equals(language) ? EN : NL;
    }

    Typed apply(TriggerMatch t, List<Token> tokens, int[] clause, String mode) {
        for (Rule r : rules) {
            if (r.type != t.type() || (r.mode != null && !Objects.equals(r.mode, mode))) {
                continue;
            }
            for (int k = clause[0]; k < clause[1]; k++) {
                if (tokens.get(k).text().toLowerCase(Locale.ROOT).contains(r.word)) {
                    return new Typed(r.newType, r.newMode);
                }
            }
        }
        return new Typed(t.type(), mode);
    }
}
