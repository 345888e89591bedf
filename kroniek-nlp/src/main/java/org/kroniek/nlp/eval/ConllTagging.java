package org.kroniek.nlp.eval;

import java.util.ArrayList;
import java.util.List;
import org.kroniek.nlp.conll.ConllSentence;
import org.kroniek.nlp.conll.Iob;
import org.kroniek.nlp.ner.DocumentConsistency;
import org.kroniek.nlp.ner.EntityTagger;
import org.kroniek.nlp.ner.NameSpan;

/**
 * Runs an {@link EntityTagger} over CoNLL sentences document by document, resetting it at each
 * document start, in the order the pipeline ({@code MentionStage}) uses: sentence tagging,
 * {@link DocumentConsistency} (optional), {@link EntityTagger#reviseDocument}.
 */
public final class ConllTagging {
    private ConllTagging() {
    }

    /** IOB2 tags of the tagger, one list per sentence, names made consistent per document. */
    public static List<List<String>> tag(EntityTagger tagger, List<ConllSentence> sentences) {
        return tag(tagger, sentences, true);
    }

    /** IOB2 tags of the tagger, one list per sentence; {@code consistent}: apply {@link DocumentConsistency}. */
    public static List<List<String>> tag(EntityTagger tagger, List<ConllSentence> sentences, boolean consistent) {
        List<List<String>> out = new ArrayList<>(sentences.size());
        int docStart = 0;
        for (int i = 0; i <= sentences.size(); i++) {
            if (i == sentences.size() || (sentences.get(i).documentStart() && i > docStart)) {
                out.addAll(tagDocument(tagger, sentences.subList(docStart, i), consistent));
                docStart = i;
            }
        }
        return out;
    }

    private static List<List<String>> tagDocument(EntityTagger tagger, List<ConllSentence> document, boolean consistent) {
        tagger.clearAdaptiveData();
        List<String[]> tokens = new ArrayList<>(document.size());
        List<List<NameSpan>> names = new ArrayList<>(document.size());
        for (ConllSentence s : document) {
            String[] t = s.tokenArray();
            tokens.add(t);
            names.add(tagger.tag(t));
        }
        if (consistent) {
            names = DocumentConsistency.apply(tokens, names);
        }
        names = tagger.reviseDocument(tokens, names);
        List<List<String>> out = new ArrayList<>(document.size());
        for (int i = 0; i < document.size(); i++) {
            List<Iob.TagSpan> spans = new ArrayList<>();
            for (NameSpan n : names.get(i)) {
                spans.add(new Iob.TagSpan(n.start(), n.end(), n.type()));
            }
            out.add(Iob.fromSpans(spans, tokens.get(i).length));
        }
        return out;
    }

    /** Tags the sentences and scores the tags against their gold column. */
    public static EntityScores evaluate(EntityTagger tagger, List<ConllSentence> sentences, boolean typeless,
                                        boolean consistent) {
        List<List<String>> predicted = tag(tagger, sentences, consistent);
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
