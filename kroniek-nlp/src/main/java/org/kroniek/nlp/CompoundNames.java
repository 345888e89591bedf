package org.kroniek.nlp;

import java.util.ArrayList;
import java.util.List;
import org.kroniek.nlp.ner.EntityTagger;
import org.kroniek.nlp.ner.NameSpan;
import org.kroniek.nlp.tokenize.RuleTokenizer;
import org.kroniek.pipeline.Mention;
import org.kroniek.pipeline.Token;

/**
 * Turns token-level names into mentions, reaching names inside hyphenated compounds. CoNLL keeps
 * "CVP-voorzitter" as one token tagged MISC; Kroniek wants the party. For each hyphenated token
 * with a capitalized and a lower-case part ("Kremlin-woordvoerder", "NAVO-lidmaatschap"; not
 * "Oost-Oekraïne") that is not inside a longer name, the sentence is tagged again with that
 * token split into its parts ("Kremlin", "-", "woordvoerder"); names found on the parts become
 * mentions with exact offsets, and they replace the compound's own one-token mention.
 */
final class CompoundNames {
    private CompoundNames() {
    }

    static List<Mention> mentions(EntityTagger tagger, List<Token> tokens, List<NameSpan> names, String text) {
        boolean[] compound = new boolean[tokens.size()];
        boolean any = false;
        for (int i = 0; i < tokens.size(); i++) {
            compound[i] = isNameCompound(tokens.get(i).text()) && !insideLongerName(i, names);
            any |= compound[i];
        }
        List<Mention> out = new ArrayList<>();
        if (!any) {
            for (NameSpan n : names) {
                out.add(MentionStage.mention(text, tokens.get(n.start()).start(), tokens.get(n.end() - 1).end(), n));
            }
            return out;
        }
        // Split the compounds into sub-tokens with exact character offsets, then tag again.
        List<int[]> sub = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!compound[i]) {
                sub.add(new int[] {t.start(), t.end()});
                words.add(t.text());
                owner.add(i);
                continue;
            }
            List<int[]> parts = RuleTokenizer.hyphenParts(t.text());
            for (int p = 0; p < parts.size(); p++) {
                if (p > 0) {
                    int h = t.start() + parts.get(p - 1)[1];
                    sub.add(new int[] {h, h + 1});
                    words.add("-");
                    owner.add(i);
                }
                int[] part = parts.get(p);
                sub.add(new int[] {t.start() + part[0], t.start() + part[1]});
                words.add(t.text().substring(part[0], part[1]));
                owner.add(i);
            }
        }
        List<NameSpan> inner = new ArrayList<>();
        for (NameSpan n : tagger.tag(words.toArray(String[]::new))) {
            int first = owner.get(n.start());
            if (first == owner.get(n.end() - 1) && compound[first] && !words.get(n.start()).equals("-")
                    && !words.get(n.end() - 1).equals("-")
                    && sub.get(n.end() - 1)[1] - sub.get(n.start())[0] < tokens.get(first).text().length()) {
                inner.add(n);
                out.add(MentionStage.mention(text, sub.get(n.start())[0], sub.get(n.end() - 1)[1], n));
            }
        }
        for (NameSpan n : names) {
            boolean replaced = n.end() - n.start() == 1
                    && inner.stream().anyMatch(x -> owner.get(x.start()) == n.start());
            if (!replaced) {
                out.add(MentionStage.mention(text, tokens.get(n.start()).start(), tokens.get(n.end() - 1).end(), n));
            }
        }
        out.sort((a, b) -> a.start() - b.start());
        return out;
    }

    /** A hyphenated token with both a capitalized and a lower-case part: "NAVO-lidmaatschap", not "Oost-Oekraïne". */
    private static boolean isNameCompound(String token) {
        List<int[]> parts = RuleTokenizer.hyphenParts(token);
        if (parts.size() < 2) {
            return false;
        }
        boolean upper = false;
        boolean lower = false;
        for (int[] p : parts) {
            char c = token.charAt(p[0]);
            upper |= Character.isUpperCase(c);
            lower |= Character.isLowerCase(c);
        }
        return upper && lower;
    }

    /** Inside a name of several tokens, such as "Hammersmith-brug Noord": leave it alone. */
    private static boolean insideLongerName(int token, List<NameSpan> names) {
        for (NameSpan n : names) {
            if (token >= n.start() && token < n.end() && n.end() - n.start() > 1) {
                return true;
            }
        }
        return false;
    }
}
