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
        out.sort(Comparator.comparingInt(PersonMention::start));
        return out;
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
