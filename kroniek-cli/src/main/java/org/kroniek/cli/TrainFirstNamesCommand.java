package org.kroniek.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.kroniek.extract.claims.FirstNameCounter;
import org.kroniek.ingest.Inputs;
import org.kroniek.ingest.ReadItem;
import org.kroniek.ingest.ReaderOptions;
import org.kroniek.nlp.MentionStage;
import org.kroniek.nlp.TokenStage;
import org.kroniek.pipeline.Document;
import org.kroniek.pipeline.Pipeline;
import org.kroniek.pipeline.SentenceStage;
import org.kroniek.text.SentenceSplitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kroniek train first-names}: derives the first-name gender lexicon of the claim stage from
 * news text (NER persons and the pronouns that refer to them).
 */
@Command(name = "first-names", mixinStandardHelpOptions = true,
        description = "Derive first-names.tsv (first name, gender, votes) from articles: "
                + "NER persons and the pronouns, titles and role nouns that go with them.")
public final class TrainFirstNamesCommand implements Callable<Integer> {
    @Option(names = "--min-votes", defaultValue = "3", description = "Votes (persons x documents) a name needs (default ${DEFAULT-VALUE}).")
    int minVotes;

    @Option(names = "--min-share", defaultValue = "0.8", description = "Share of votes that must agree (default ${DEFAULT-VALUE}).")
    double minShare;

    @Option(names = "--out", required = true)
    Path out;

    @Option(names = "--note", description = "How to regenerate the file, for its header (default: this command line).")
    String note;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders, any format `kroniek extract` reads.")
    List<String> paths;

    @Override
    public Integer call() throws IOException {
        if (minVotes < 1 || minShare <= 0.5 || minShare > 1) {
            throw new UserError("--min-votes must be at least 1 and --min-share in (0.5, 1], not " + minVotes + " and " + minShare);
        }
        Pipeline pipeline = Pipeline.builder()
                .add(new SentenceStage(SentenceSplitter.standard()))
                .add(new TokenStage())
                .add(new MentionStage())
                .build();
        FirstNameCounter counter = new FirstNameCounter();
        int skipped = 0;
        try (Stream<ReadItem> items = Inputs.open(paths, ReaderOptions.defaults())) {
            for (var it = items.iterator(); it.hasNext(); ) {
                ReadItem item = it.next();
                if (item instanceof ReadItem.Found found) {
                    Document doc = new Document(found.article());
                    pipeline.run(doc);
                    counter.add(doc);
                } else if (item instanceof ReadItem.Failure failure) {
                    skipped++;
                    System.err.println("kroniek train first-names: skipped " + failure.describe());
                }
            }
        }
        if (counter.documents() == 0) {
            throw new UserError("no articles read from " + paths);
        }
        String command = note != null ? note : "kroniek train first-names --min-votes " + minVotes + " --min-share " + minShare + " --out " + out
                + " " + String.join(" ", paths);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            counter.write(w, minVotes, minShare, command);
        }
        System.err.printf("%d documents (%d records skipped), %d names -> %s%n", counter.documents(), skipped,
                counter.lexicon(minVotes, minShare).size(), out);
        return ExitCodes.OK;
    }
}
