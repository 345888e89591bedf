package org.kroniek.nlp.eval;

import java.util.ArrayList;
import java.util.List;
import org.kroniek.nlp.conll.ConllSentence;
import org.kroniek.nlp.conll.Iob;
import org.kroniek.nlp.ner.EntityTagger;
import org.kroniek.nlp.ner.NameSpan;

/** Runs an {@link EntityTagger} over CoNLL sentences, in order, resetting it at document starts. */
public final class ConllTagging {
    private ConllTagging() {
    }

    /** IOB2 tags of the tagger, one list per sentence. */
    public static List<List<String>> tag(EntityTagger tagger, List<ConllSentence> sentences) {
        List<List<String>> out = new ArrayList<>(sentences.size());
        for (ConllSentence s : sentences) {
            if (s.documentStart()) {
                tagger.clearAdaptiveData();
            }
            List<NameSpan> names = tagger.tag(s.tokenArray());
            List<Iob.TagSpan> spans = new ArrayList<>(names.size());
            for (NameSpan n : names) {
                spans.add(new Iob.TagSpan(n.start(), n.end(), n.type()));
            }
            out.add(Iob.fromSpans(spans, s.tokens().size()));
        }
        return out;
    }

    /** Tags the sentences and scores the tags against their gold column. */
    public static EntityScores evaluate(EntityTagger tagger, List<ConllSentence> sentences, boolean typeless) {
        List<List<String>> predicted = tag(tagger, sentences);
        EntityScores scores = new EntityScores(typeless);
        for (int i = 0; i < sentences.size(); i++) {
            scores.add(sentences.get(i).tags(), predicted.get(i));
        }
        return scores;
    }

    public static int tokenCount(List<ConllSentence> sentences) {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
