package org.kroniek.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.kroniek.extract.StandardPipeline;
import org.kroniek.extract.claims.eval.GoldClaimScorer;
import org.kroniek.extract.claims.eval.PolnearEvaluation;
import org.kroniek.extract.claims.eval.PolnearReader;
import org.kroniek.ingest.DatedTextReader;
import org.kroniek.pipeline.Pipeline;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.Precision;
import org.kroniek.record.Published;
import org.kroniek.record.RecordJson;
import org.kroniek.record.Source;
import org.kroniek.text.Article;
import org.kroniek.text.Block;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kroniek eval claims}: overlap P/R/F1 of source, cue and content spans on a PolNeAR split,
 * and the record scorer's claim counts on the seed gold and the DpgMedia dev gold files.
 */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = "Score claim attribution on PolNeAR (English) and the Dutch gold files.")
public final class EvalClaimsCommand implements Callable<Integer> {
    @Option(names = "--polnear", defaultValue = "../shared/data/polnear/dev", description = "PolNeAR split folder (default ${DEFAULT-VALUE}).")
    Path polnear;

    @Option(names = "--seed-gold", defaultValue = "../shared/gold/seed.json", description = "Gold file of the seed article.")
    Path seedGold;

    @Option(names = "--seed", defaultValue = "samples/seed-nl-2022-03.txt", description = "The seed article.")
    Path seed;

    @Option(names = "--dev-gold", defaultValue = "../shared/gold/dev", description = "Folder of DpgMedia dev gold files.")
    Path devGold;

    @Option(names = "--dpg", defaultValue = "../shared/data/dpgmedia2019-nl/dpgMedia2019-articles-byarticle-all.jsonl",
            description = "DpgMedia2019 JSONL the dev gold rows point into.")
    Path dpg;

    @Option(names = "--verbose", description = "Print every missed or partly wrong gold claim.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        Pipeline pipeline = StandardPipeline.create();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        boolean any = false;
        if (Files.isDirectory(polnear)) {
            PolnearEvaluation e = new PolnearEvaluation();
            if (verbose) {
                e.printMisses(out);
            }
            long t0 = System.nanoTime();
            for (PolnearReader.Doc d : PolnearReader.read(polnear)) {
                e.add(pipeline, d);
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            out.printf(Locale.ROOT, "polnear %s: %d documents in %.1f s%n", polnear, e.documents(), secs);
            out.println("  source  " + e.source());
            out.println("  cue     " + e.cue());
            out.println("  content " + e.content());
            any = true;
        } else {
            out.println("polnear: " + polnear + " not found, skipped");
        }
        if (Files.exists(seedGold) && Files.exists(seed)) {
            GoldClaimScorer.Result r = new GoldClaimScorer.Result();
            String content = Files.readString(seed, StandardCharsets.UTF_8);
            ArticleRecord rec = pipeline.process(DatedTextReader.read(content, Source.ofPath(seed.toString())).withLanguage("nl"));
            GoldClaimScorer.score(RecordJson.mapper().readTree(seedGold.toFile()), rec, r);
            print(out, "seed " + seedGold, r);
            any = true;
        }
        if (Files.isDirectory(devGold) && Files.exists(dpg)) {
            List<String> rows = Files.readAllLines(dpg, StandardCharsets.UTF_8);
            GoldClaimScorer.Result all = new GoldClaimScorer.Result();
            List<Path> golds;
            try (Stream<Path> s = Files.list(devGold)) {
                golds = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            }
            for (Path g : golds) {
                JsonNode gold = RecordJson.mapper().readTree(g.toFile());
                int row = gold.path("source").path("row").asInt(-1);
                if (row < 0 || row >= rows.size()) {
                    throw new UserError(g + ": source.row " + row + " is not a line of " + dpg);
                }
                JsonNode a = RecordJson.mapper().readTree(rows.get(row));
                Article article = Article.of(new Source(dpg.toString(), null, null, row), a.path("title").asText(null),
                        new Published(a.path("published_at").asText(), Precision.DAY), "nl",
                        List.of(Block.paragraph(a.path("text").asText())));
                GoldClaimScorer.Result r = new GoldClaimScorer.Result();
                GoldClaimScorer.score(gold, pipeline.process(article), r);
                print(out, "  " + g.getFileName(), r);
                GoldClaimScorer.Result.add(all, r);
            }
            out.printf(Locale.ROOT, "dev gold %s: found %d/%d, fully right %d/%d%n", devGold, all.found(), all.gold(), all.right(), all.gold());
            any = true;
        }
        return any ? ExitCodes.OK : ExitCodes.USAGE;
    }

    private void print(PrintStream out, String label, GoldClaimScorer.Result r) {
        out.printf(Locale.ROOT, "%s: found %d/%d, fully right %d/%d%n", label, r.found(), r.gold(), r.right(), r.gold());
        if (verbose) {
            r.misses().forEach(m -> out.println("    " + m));
        }
    }
}
