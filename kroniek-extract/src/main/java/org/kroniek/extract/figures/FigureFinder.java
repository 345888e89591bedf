package org.kroniek.extract.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kroniek.extract.support.Clauses;
import org.kroniek.pipeline.Token;
import org.kroniek.record.FigureKind;
import org.kroniek.record.FigureUnit;

/**
 * Turns the amounts of a sentence into casualty and damage figures: the counted noun after the
 * amount is the object and gives the unit; the kind comes from the object itself ("doden"), else
 * from the first kind word after the amount before the next amount ("negen van de tien gebouwen
 * ... beschadigd"), else from one shortly before it ("killed at least 20"). Amounts that count
 * nothing of interest (years, money, plain numbers) are left out. Immutable and thread-safe.
 */
public final class FigureFinder {
    /** A figure before it is placed and attributed. */
    public record Found(Quantity quantity, FigureKind kind, FigureUnit unit, String object, int start, int end) {
    }

    private static final Set<String> OF = Set.of("van", "de", "het", "of", "the");
    private static final int FORWARD = 12;
    /** Kinds that count people: "7 killed" counts people even without the noun. */
    private static final Set<FigureKind> PEOPLE_KINDS = Set.of(FigureKind.KILLED, FigureKind.INJURED, FigureKind.DISPLACED,
            FigureKind.DETAINED, FigureKind.MISSING);
    /** Punctuation a kind word is not looked for beyond: another clause says something else. */
    private static final Set<String> STOPS = Set.of(",", ";", ":", "–", "—");
    private static final int BACKWARD = 6;

    private final NumberFinder numbers;
    private final FigureLexicon lexicon;

    private FigureFinder(String language) {
        this.numbers = NumberFinder.of(language);
        this.lexicon = FigureLexicon.of(language);
    }

    public static FigureFinder of(String language) {
        return "en".equals(language) ? Holder.EN : Holder.NL;
    }

    public List<Found> find(List<Token> tokens) {
        List<Quantity> quantities = numbers.find(tokens);
        List<int[]> clauses = Clauses.of(tokens);
        List<Found> out = new ArrayList<>();
        for (int q = 0; q < quantities.size(); q++) {
            Quantity quantity = quantities.get(q);
            int after = indexAfter(tokens, quantity.end());
            int before = indexAt(tokens, quantity.start());
            int limit = q + 1 < quantities.size() ? indexAt(tokens, quantities.get(q + 1).start()) : tokens.size();
            int[] clause = Clauses.at(clauses, before);
            int objectIndex = object(tokens, after, limit);
            String object = objectIndex < 0 ? null : tokens.get(objectIndex).text();
            String unitLabel = object == null ? null : lexicon.unitOf(object);
            if ("skip".equals(unitLabel)) {
                continue;
            }
            FigureLexicon.KindCue cue = objectIndex < 0 ? null : lexicon.kindAt(tokens, objectIndex);
            for (int k = after; cue == null && k < Math.min(limit, after + FORWARD); k++) {
                if (STOPS.contains(tokens.get(k).text())) {
                    break;
                }
                cue = lexicon.kindAt(tokens, k);
                if (cue != null && k != objectIndex && object != null && "people".equals(lexicon.unitOf(tokens.get(k).text()))) {
                    cue = null;
                }
            }
            for (int k = before - 1; cue == null && k >= Math.max(clause[0], before - BACKWARD); k--) {
                if (STOPS.contains(tokens.get(k).text())) {
                    break;
                }
                cue = lexicon.kindAt(tokens, k);
            }
            FigureUnit unit = quantity.percent() ? FigureUnit.PERCENT : FigureLexicon.unit(unitLabel);
            FigureKind kind = cue == null ? FigureKind.OTHER : cue.kind();
            if (unit == FigureUnit.OTHER && unitLabel == null && PEOPLE_KINDS.contains(kind)
                    && (objectIndex < 0 || cue.first() == objectIndex)) {
                unit = FigureUnit.PEOPLE;
            }
            if (kind == FigureKind.OTHER && unit != FigureUnit.PEOPLE) {
                continue;
            }
            int start = quantity.start();
            int end = Math.max(quantity.end(), objectIndex < 0 ? 0 : tokens.get(objectIndex).end());
            if (cue != null) {
                start = Math.min(start, tokens.get(cue.first()).start());
                end = Math.max(end, tokens.get(cue.last()).end());
            }
            out.add(new Found(quantity, kind, unit, object, start, end));
        }
        return out;
    }

    /** The counted noun: the first word after the amount, past "van de"/"of the" and an adjective. */
    private int object(List<Token> tokens, int from, int limit) {
        int k = from;
        while (k < limit && OF.contains(tokens.get(k).text().toLowerCase(Locale.ROOT)) && k - from < 3) {
            k++;
        }
        if (k >= limit || !Character.isLetter(tokens.get(k).text().charAt(0))) {
            return -1;
        }
        if (k + 1 < limit && isAdjective(tokens.get(k)) && Character.isLetter(tokens.get(k + 1).text().charAt(0))
                && lexicon.unitOf(tokens.get(k).text()) == null && lexicon.kindAt(tokens, k) == null) {
            return k + 1;
        }
        return k;
    }

    private static boolean isAdjective(Token t) {
        if (t.pos() != null) {
            return t.pos().startsWith("Adj") || t.pos().equals("JJ");
        }
        String w = t.text().toLowerCase(Locale.ROOT);
        return w.endsWith("e") && !w.endsWith("ie");
    }

    private static int indexAt(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset) {
                return i;
            }
        }
        return tokens.size();
    }

    private static int indexAfter(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= offset) {
                return i;
            }
        }
        return tokens.size();
    }

    private static final class Holder {
        static final FigureFinder NL = new FigureFinder("nl");
        static final FigureFinder EN = new FigureFinder("en");
    }
}
