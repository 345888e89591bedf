package org.kroniek.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.kroniek.nlp.conll.ConllSentence;
import org.kroniek.nlp.eval.ConllTagging;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kroniek ner --lang nl --conll IN}: copies each line of a CoNLL file and appends the
 * predicted IOB2 tag as the last column; blank lines are kept, {@code -DOCSTART-} lines get O.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Tag a CoNLL file: append the predicted entity tag (IOB2) to each token line.")
public final class NerCommand implements Callable<Integer> {
    @Mixin
    NlpOptions nlp;

    @Option(names = "--conll", required = true, description = "CoNLL input (word first, one token a line).")
    Path conll;

    @Override
    public Integer call() throws IOException {
        List<ConllSentence> sentences = TrainNerCommand.readConll(conll);
        List<List<String>> tags = ConllTagging.tag(nlp.tagger(), sentences, nlp.consistency);
        Iterator<String> predicted = tags.stream().flatMap(List::stream).iterator();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        for (String line : Files.readAllLines(conll, StandardCharsets.UTF_8)) {
            String s = line.strip();
            if (s.isEmpty()) {
                out.println(line);
            } else if (s.startsWith("-DOCSTART-")) {
                out.println(line + " O");
            } else {
                out.println(line + " " + predicted.next());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
