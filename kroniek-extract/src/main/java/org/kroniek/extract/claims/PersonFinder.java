package org.kroniek.extract.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kroniek.pipeline.Mention;
import org.kroniek.record.Entity;
import org.kroniek.record.EntityType;
import org.kroniek.record.Span;
import org.kroniek.record.TextSpan;

/**
 * Collects the persons named in a document: PER entities and mentions when the NER and resolution
 * stages ran, and otherwise (or besides) a personal role word followed by capitalized words
 * ("president Vladimir Poetin", "woordvoerder Dmitry Peskov").
 */
final class PersonFinder {
    private PersonFinder() {
    }

    static List<PersonMention> find(String text, List<Entity> entities, List<Mention> mentions,
                                    List<List<Tok>> sentences, ClaimLexicon lex) {
        List<PersonMention> out = new ArrayList<>();
        for (Entity e : entities) {
            if (e.type() == EntityType.PER) {
                for (TextSpan m : e.mentions()) {
                    out.add(new PersonMention(m.start(), m.end(), m.text(), e.id(), e.country(), null));
                }
            }
        }
        for (Mention m : mentions) {
            if (m.type() == EntityType.PER && !covered(out, m.span())) {
                out.add(new PersonMention(m.start(), m.end(), m.text(), null, null, null));
            }
        }
        for (List<Tok> toks : sentences) {
            for (int i = 0; i + 1 < toks.size(); i++) {
                if (!isRole(toks.get(i), lex)) {
                    continue;
                }
                int j = i + 1;
                while (j < toks.size() && toks.get(j).isWord() && toks.get(j).isCapitalized()
                        && lex.country(toks.get(j).text()) == null) {
                    j++;
                }
                if (j > i + 1) {
                    Span s = new Span(toks.get(i + 1).start(), toks.get(j - 1).end());
                    if (!covered(out, s)) {
                        out.add(new PersonMention(s.start(), s.end(), text.substring(s.start(), s.end()), null,
                                countryBefore(toks, i, lex), toks.get(i).lower()));
                    } else {
                        withRole(out, s, toks.get(i).lower(), countryBefore(toks, i, lex));
                    }
                }
            }
        }
        surnames(text, entities, out);
        out.sort(Comparator.comparingInt(PersonMention::start));
        return out;
    }

    /**
     * A bare surname that repeats the last word of a full name found earlier ("R." after "Yago R.")
     * is that person, also where the NER typed it otherwise or missed it; not when a capitalized word
     * or another name stands right before or after it ("Anna R.", "R. Jansen").
     */
    private static void surnames(String text, List<Entity> entities, List<PersonMention> found) {
        List<PersonMention> full = new ArrayList<>();
        for (PersonMention p : found) {
            if (p.entity() != null && p.text().split("\\s+").length >= 2) {
                full.add(p);
            }
        }
        for (PersonMention p : full) {
            String[] words = p.text().split("\\s+");
            String last = words[words.length - 1];
            if (last.length() < 2 || !Character.isUpperCase(last.charAt(0))) {
                continue;
            }
            for (int at = text.indexOf(last, p.end()); at >= 0; at = text.indexOf(last, at + 1)) {
                int end = at + last.length();
                if (Character.isLetter(last.charAt(last.length() - 1)) && end < text.length() && text.charAt(end) == 's'
                        && !letterAt(text, end + 1)) {
                    end++;
                }
                Span s = new Span(at, end);
                if (letterAt(text, at - 1) || letterAt(text, end) || covered(found, s) || insideLongerName(entities, s)
                        || capitalizedBeside(text, at, end)) {
                    continue;
                }
                found.add(new PersonMention(at, end, text.substring(at, end), p.entity(), p.country(), null, true));
            }
        }
    }

    private static boolean letterAt(String text, int i) {
        return i >= 0 && i < text.length() && Character.isLetterOrDigit(text.charAt(i));
    }

    private static boolean capitalizedBeside(String text, int start, int end) {
        int b = start - 1;
        while (b >= 0 && text.charAt(b) == ' ') {
            b--;
        }
        int wordStart = b;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        boolean before = b >= 0 && b < start - 1 && Character.isLetter(text.charAt(b)) && Character.isUpperCase(text.charAt(wordStart))
                && !sentenceStart(text, wordStart);
        int a = end;
        while (a < text.length() && text.charAt(a) == ' ') {
            a++;
        }
        boolean after = a > end && a < text.length() && Character.isUpperCase(text.charAt(a)) && !text.startsWith(".", end - 1);
        return before || after;
    }

    private static boolean sentenceStart(String text, int i) {
        int b = i - 1;
        while (b >= 0 && Character.isWhitespace(text.charAt(b))) {
            b--;
        }
        return b < 0 || ".!?:\"'“”\n".indexOf(text.charAt(b)) >= 0;
    }

    private static boolean insideLongerName(List<Entity> entities, Span s) {
        for (Entity e : entities) {
            for (TextSpan m : e.mentions()) {
                if (m.span().contains(s) && !m.span().equals(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String countryBefore(List<Tok> toks, int role, ClaimLexicon lex) {
        for (int k = role - 1; k >= 0 && k >= role - 3; k--) {
            String c = lex.country(toks.get(k).text());
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private static void withRole(List<PersonMention> found, Span s, String role, String country) {
        for (int i = 0; i < found.size(); i++) {
            PersonMention p = found.get(i);
            if (p.start() < s.end() && s.start() < p.end() && p.role() == null) {
                found.set(i, new PersonMention(p.start(), p.end(), p.text(), p.entity(),
                        p.country() == null ? country : p.country(), role));
            }
        }
    }

    private static boolean isRole(Tok t, ClaimLexicon lex) {
        if (!t.isWord()) {
            return false;
        }
        String last = t.lower().substring(t.lower().lastIndexOf('-') + 1);
        for (String suffix : lex.personRoleSuffixes()) {
            if (last.endsWith(suffix)) {
                return true;
            }
        }
        if (lex.is(last, "group-noun")) {
            return false;
        }
        return lex.singleWordSpeaker(last) != null;
    }

    private static boolean covered(List<PersonMention> found, Span s) {
        for (PersonMention p : found) {
            if (p.start() < s.end() && s.start() < p.end()) {
                return true;
            }
        }
        return false;
    }
}
