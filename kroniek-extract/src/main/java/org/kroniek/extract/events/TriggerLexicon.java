package org.kroniek.extract.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kroniek.text.Tsv;
import org.kroniek.record.EventType;

/**
 * The event trigger words of one language ({@code triggers-nl.tsv}, {@code triggers-en.tsv}) and
 * the words that give an attack its mode ({@code modes-nl.tsv}). Immutable; loaded once per
 * language.
 */
public final class TriggerLexicon {
    /** One word pattern: a word, or a prefix when {@code prefix}. */
    public record Part(String text, boolean prefix) {
        boolean matches(String word) {
            return prefix ? word.startsWith(text) : word.equals(text);
        }
    }

    /**
     * One trigger: contiguous {@code parts}, or, when {@code gap}, a verb (first part) whose
     * particle (second part) follows later in the clause. {@code compound}: it also counts as the
     * last part of a compound; {@code compoundOnly}: only there.
     */
    public record Entry(List<Part> parts, boolean gap, EventType type, String mode, boolean compound, boolean compoundOnly) {
        public Entry {
            parts = List.copyOf(parts);
        }
    }

    private static final TriggerLexicon NL = new TriggerLexicon("nl");
    private static final TriggerLexicon EN = new TriggerLexicon("en");

    private final List<Entry> entries;
    private final Map<String, String> modes;
    private final TriggerIndex index;

    private TriggerLexicon(String language) {
        List<Entry> list = new ArrayList<>();
        for (String[] row : Tsv.rows(TriggerLexicon.class, "triggers-" + language + ".tsv", 2, Tsv.Cells.STRIPPED)) {
            list.add(entry(row, language));
        }
        this.entries = List.copyOf(list);
        this.index = new TriggerIndex(this.entries);
        Map<String, String> m = new HashMap<>();
        for (String[] row : Tsv.rows(TriggerLexicon.class, "modes-" + language + ".tsv", 2, Tsv.Cells.STRIPPED)) {
            m.put(row[0].toLowerCase(Locale.ROOT), row[1]);
        }
        this.modes = Map.copyOf(m);
    }

    public static TriggerLexicon of(String language) {
        return "en".equals(language) ? EN : NL;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The indexes into {@link #entries()}, ascending, of the entries that may match a lowercase word; no other entry can. */
    int[] candidates(String lowerWord) {
        return index.candidates(lowerWord);
    }

    /** The mode a word implies when it starts with one of the mode words ("raketten": heavy-weapons), else null. */
    public String modeOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestLength = 0;
        for (Map.Entry<String, String> e : modes.entrySet()) {
            if (w.startsWith(e.getKey()) && e.getKey().length() > bestLength) {
                best = e.getValue();
                bestLength = e.getKey().length();
            }
        }
        return best;
    }

    private static Entry entry(String[] row, String language) {
        String form = row[0].toLowerCase(Locale.ROOT);
        EventType type;
        try {
            type = EventType.valueOf(row[1]);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("triggers-" + language + ".tsv: unknown PLOVER type " + row[1] + " for " + row[0], e);
        }
        String mode = Tsv.cell(row, 2).isEmpty() ? null : Tsv.cell(row, 2);
        boolean compoundOnly = Tsv.cell(row, 3).equalsIgnoreCase("only");
        boolean compound = compoundOnly || Tsv.cell(row, 3).equalsIgnoreCase("y");
        boolean gap = form.contains("...");
        List<Part> parts = new ArrayList<>();
        for (String p : form.split("\\s+")) {
            if (!p.equals("...")) {
                parts.add(p.endsWith("*") ? new Part(p.substring(0, p.length() - 1), true) : new Part(p, false));
            }
        }
        if (gap && parts.size() != 2) {
            throw new IllegalStateException("triggers-" + language + ".tsv: a gapped trigger needs one word on each side: " + row[0]);
        }
        return new Entry(parts, gap, type, mode, compound, compoundOnly);
    }
}
