package org.kroniek.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kroniek.nlp.conll.ConllSentence;
import org.kroniek.nlp.eval.ConllTagging;
import org.kroniek.nlp.eval.EntityScores;
import org.kroniek.nlp.ner.EntityTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kroniek eval ner --lang nl --conll FILE}: entity-level precision, recall and F1 per type
 * and overall (conlleval semantics), and tagging speed in tokens per second on one thread, timed
 * after warm-up passes over the same file, both by the wall clock and by the thread's CPU time
 * (the latter stays meaningful on a machine shared with other work).
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Score the name finder on a CoNLL file and measure its speed.")
public final class EvalNerCommand implements Callable<Integer> {
    @Mixin
    NlpOptions nlp;

    @Option(names = "--conll", required = true)
    Path conll;

    @Option(names = "--typeless", description = "Also score spans ignoring types.")
    boolean typeless;

    @Option(names = "--warmup", defaultValue = "2", description = "Untimed passes before the timed one (default ${DEFAULT-VALUE}).")
    int warmup;

    @Override
    public Integer call() throws IOException {
        List<ConllSentence> sentences = TrainNerCommand.readConll(conll);
        EntityTagger tagger = nlp.tagger();
        for (int i = 0; i < warmup; i++) {
            ConllTagging.tag(tagger, sentences, nlp.consistency);
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        List<List<String>> predicted = ConllTagging.tag(tagger, sentences, nlp.consistency);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
        EntityScores typed = new EntityScores(false);
        EntityScores untyped = new EntityScores(true);
        for (int i = 0; i < sentences.size(); i++) {
            typed.add(sentences.get(i).tags(), predicted.get(i));
            untyped.add(sentences.get(i).tags(), predicted.get(i));
        }
        System.out.print(typed.report());
        if (typeless) {
            System.out.printf(Locale.ROOT, "typeless F1 %.2f%n", 100 * untyped.score(null).f1());
        }
        int tokens = ConllTagging.tokenCount(sentences);
        System.out.printf(Locale.ROOT, "tokens %d, %.2f s wall, %.2f s CPU: %.0f tokens/s wall, %.0f tokens/s CPU"
                + " (one thread, after %d warm-up pass(es))%n", tokens, seconds, cpuSeconds, tokens / seconds,
                tokens / cpuSeconds, warmup);
        System.out.printf(Locale.ROOT, "F1 %.2f%n", 100 * typed.score(null).f1());
        return ExitCodes.OK;
    }
}
