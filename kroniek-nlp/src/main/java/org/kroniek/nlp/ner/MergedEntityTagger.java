package org.kroniek.nlp.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Combines taggers by priority: spans of the first tagger are kept, each later tagger only adds
 * spans that overlap nothing kept so far. With {@code retype}, a later tagger's span of exactly
 * the same extent as a kept one gives it its type (a curated gazetteer knows that "Kremlin" is
 * an organisation better than a model trained on Belgian news). Thread-safe when its taggers are.
 */
public final class MergedEntityTagger implements EntityTagger {
    private final List<EntityTagger> taggers;
    private final boolean retype;

    public MergedEntityTagger(List<EntityTagger> taggers, boolean retype) {
        this.taggers = List.copyOf(taggers);
        this.retype = retype;
    }

    public MergedEntityTagger(List<EntityTagger> taggers) {
        this(taggers, false);
    }

    @Override
    public List<NameSpan> tag(String[] tokens) {
        List<NameSpan> kept = new ArrayList<>();
        for (EntityTagger t : taggers) {
            for (NameSpan s : t.tag(tokens)) {
                int same = indexOfSameExtent(kept, s);
                if (same >= 0) {
                    if (retype && !kept.get(same).type().equals(s.type())) {
                        NameSpan k = kept.get(same);
                        kept.set(same, new NameSpan(k.start(), k.end(), s.type(), k.probability(), k.origin() + "+" + s.origin()));
                    }
                } else if (kept.stream().noneMatch(s::overlaps)) {
                    kept.add(s);
                }
            }
        }
        kept.sort(Comparator.comparingInt(NameSpan::start));
        return kept;
    }

    private static int indexOfSameExtent(List<NameSpan> kept, NameSpan s) {
        for (int i = 0; i < kept.size(); i++) {
            if (kept.get(i).start() == s.start() && kept.get(i).end() == s.end()) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public List<List<NameSpan>> reviseDocument(List<String[]> sentences, List<List<NameSpan>> names) {
        List<List<NameSpan>> out = names;
        for (EntityTagger t : taggers) {
            out = t.reviseDocument(sentences, out);
        }
        return out;
    }

    @Override
    public void clearAdaptiveData() {
        taggers.forEach(EntityTagger::clearAdaptiveData);
    }
}
