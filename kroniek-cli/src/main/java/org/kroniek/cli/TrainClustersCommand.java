package org.kroniek.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kroniek.nlp.clusters.CapitalizationLexicon;
import org.kroniek.nlp.clusters.ClusterFile;
import org.kroniek.nlp.clusters.KMeansClusterer;
import org.kroniek.nlp.clusters.UnlabeledCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kroniek train clusters}: word clusters from unlabeled text, for NER features. */
@Command(name = "clusters", mixinStandardHelpOptions = true,
        description = "Cluster words of unlabeled text (.jsonl, CoNLL, plain/CSV) into word<TAB>cluster files.")
public final class TrainClustersCommand implements Callable<Integer> {
    @Option(names = "--lang", required = true)
    String language;

    @Option(names = "--kind", defaultValue = "kmeans",
            description = "kmeans (word clusters) or capitalization (how often a word is capitalized mid-sentence).")
    String kind;

    @Option(names = "--k", defaultValue = "200", description = "Number of clusters (default ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--max-words", defaultValue = "40000")
    int maxWords;

    @Option(names = "--min-count", defaultValue = "3")
    int minCount;

    @Option(names = "--iterations", defaultValue = "12")
    int iterations;

    @Option(names = "--out", required = true)
    Path out;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new UserError("no such file: " + f);
            }
        }
        KMeansClusterer.Settings settings;
        List<List<String>> sentences;
        try {
            settings = new KMeansClusterer.Settings(k, maxWords, minCount, 1000, iterations);
            sentences = UnlabeledCorpus.read(files, language);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        Map<String, String> clusters = switch (kind) {
            case "kmeans" -> KMeansClusterer.cluster(UnlabeledCorpus.lowerCased(sentences), settings);
            case "capitalization" -> CapitalizationLexicon.build(sentences, minCount);
            default -> throw new UserError("--kind must be kmeans or capitalization, not " + kind);
        };
        ClusterFile.write(clusters, out);
        System.err.printf("%d sentences, %d words (%s) -> %s%n", sentences.size(), clusters.size(), kind, out);
        return ExitCodes.OK;
    }
}
