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
 * with a capitalized part that is not inside a PER, ORG or LOC name, the sentence is tagged again
 * with that token split into its parts ("Kremlin", "-", "woordvoerder"); names found on the parts
 * become mentions with exact offsets, and they replace the compound's own MISC mention.
 */
final class CompoundNames {
    private CompoundNames() {
    }

    static List<Mention> mentions(EntityTagger tagger, List<Token> tokens, List<NameSpan> names, String text) {
        boolean[] compound = new boolean[tokens.size()];
        boolean any = false;
        for (int i = 0; i < tokens.size(); i++) {
            compound[i] = hasCapitalizedPart(tokens.get(i).text()) && !insideProperName(i, names);
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
            boolean replaced = n.type().equals("MISC") && n.end() - n.start() == 1
                    && inner.stream().anyMatch(x -> owner.get(x.start()) == n.start());
            if (!replaced) {
                out.add(MentionStage.mention(text, tokens.get(n.start()).start(), tokens.get(n.end() - 1).end(), n));
            }
        }
        out.sort((a, b) -> a.start() - b.start());
        return out;
    }

    private static boolean hasCapitalizedPart(String token) {
        List<int[]> parts = RuleTokenizer.hyphenParts(token);
        if (parts.size() < 2) {
            return false;
        }
        for (int[] p : parts) {
            if (Character.isUpperCase(token.charAt(p[0]))) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideProperName(int token, List<NameSpan> names) {
        for (NameSpan n : names) {
            if (token >= n.start() && token < n.end() && !n.type().equals("MISC")) {
                return true;
            }
        }
        return false;
    }
}
