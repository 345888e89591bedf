package org.kroniek.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kroniek.nlp.ner.NameSpan;
import org.kroniek.text.Tsv;

/**
 * Extends ORG names over the words that open an organisation's full name ({@code org-heads.tsv}):
 * "ministerie van [Defensie]" becomes one ORG mention "ministerie van Defensie". Used by the
 * pipeline, not by CoNLL evaluation (whose annotation leaves these words out). Immutable.
 */
final class OrgNameExtension {
    private static final Map<String, List<String[]>> HEADS = load();

    private OrgNameExtension() {
    }

    static List<NameSpan> apply(String language, String[] tokens, List<NameSpan> names) {
        List<String[]> heads = HEADS.get(language);
        if (heads == null || names.isEmpty()) {
            return names;
        }
        List<NameSpan> out = new ArrayList<>(names.size());
        int previousEnd = 0;
        for (NameSpan n : names) {
            NameSpan extended = n;
            if (n.type().equals("ORG")) {
                for (String[] head : heads) {
                    int start = n.start() - head.length;
                    if (start >= previousEnd && matches(tokens, start, head)) {
                        extended = new NameSpan(start, n.end(), n.type(), n.probability(), n.origin());
                        break;
                    }
                }
            }
            out.add(extended);
            previousEnd = extended.end();
        }
        return out;
    }

    private static boolean matches(String[] tokens, int start, String[] head) {
        if (start < 0) {
            return false;
        }
        for (int i = 0; i < head.length; i++) {
            if (!tokens[start + i].toLowerCase(Locale.ROOT).equals(head[i])) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, List<String[]>> load() {
        Map<String, List<String[]>> out = new HashMap<>();
        for (String[] f : Tsv.rows(OrgNameExtension.class, "/org/kroniek/nlp/org-heads.tsv", 2, Tsv.Cells.STRIPPED)) {
            out.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[1].toLowerCase(Locale.ROOT).split(" +"));
        }
        return out;
    }
}
