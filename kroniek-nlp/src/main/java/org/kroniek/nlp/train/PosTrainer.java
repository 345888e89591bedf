package org.kroniek.nlp.train;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSSample;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.kroniek.nlp.conll.ConllSentence;

/** Trains an OpenNLP POS tagger on the POS column of CoNLL sentences, with OpenNLP's default features. */
public final class PosTrainer {
    private PosTrainer() {
    }

    public static POSModel train(String language, List<ConllSentence> sentences, String algorithm, int iterations,
                                 int cutoff) throws IOException {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        return POSTaggerME.train(language, new CollectionObjectStream<>(samples(sentences)), params,
                new POSTaggerFactory((byte[]) null, null, null));
    }

    public static List<POSSample> samples(List<ConllSentence> sentences) {
        List<POSSample> out = new ArrayList<>(sentences.size());
        for (ConllSentence s : sentences) {
            out.add(new POSSample(s.tokenArray(), s.pos().toArray(String[]::new)));
        }
        return out;
    }

    /** Token accuracy of a model on sentences. */
    public static double accuracy(POSModel model, List<ConllSentence> sentences) {
        POSTaggerME tagger = new POSTaggerME(model);
        int right = 0;
        int all = 0;
        for (ConllSentence s : sentences) {
            String[] tags = tagger.tag(s.tokenArray());
            for (int i = 0; i < tags.length; i++) {
                right += tags[i].equals(s.pos().get(i)) ? 1 : 0;
                all++;
            }
        }
        return all == 0 ? 0 : (double) right / all;
    }
}
