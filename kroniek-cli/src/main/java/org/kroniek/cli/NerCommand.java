package org.kroniek.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.kroniek.nlp.conll.ConllReader;
import org.kroniek.nlp.conll.ConllSentence;
import org.kroniek.nlp.eval.ConllTagging;
import org.kroniek.nlp.ner.EntityTagger;
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
        if (!Files.isRegularFile(conll)) {
            throw new UserError("no such file: " + conll);
        }
        EntityTagger tagger = nlp.tagger();
        List<String> lines = Files.readAllLines(conll, StandardCharsets.UTF_8);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        List<String> block = new ArrayList<>();
        boolean docStart = true;
        for (String line : lines) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("-DOCSTART-")) {
                docStart = flush(tagger, block, docStart, out);
                if (s.isEmpty()) {
                    out.println(line);
                } else {
                    out.println(line + " O");
                    docStart = true;
                }
                continue;
            }
            block.add(line);
        }
        flush(tagger, block, docStart, out);
        out.flush();
        return ExitCodes.OK;
    }

    private boolean flush(EntityTagger tagger, List<String> block, boolean docStart, PrintStream out) {
        if (block.isEmpty()) {
            return docStart;
        }
        ConllSentence sentence;
        try {
            sentence = ConllReader.read(new java.io.StringReader(String.join("\n", block)), conll.toString()).get(0);
        } catch (IOException | IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        ConllSentence s = new ConllSentence(sentence.lines(), sentence.tokens(), sentence.pos(), sentence.tags(), docStart);
        List<String> tags = ConllTagging.tag(tagger, List.of(s)).get(0);
        for (int i = 0; i < block.size(); i++) {
            out.println(block.get(i) + " " + tags.get(i));
        }
        block.clear();
        return false;
    }
}
