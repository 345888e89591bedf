package org.kroniek.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kroniek.extract.eval.EventDetectionEvaluation;
import org.kroniek.extract.eval.TimexEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kroniek eval ...}: measures parts of the extraction on annotated corpora. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure extraction against annotated corpora.",
        subcommands = {EvalCommand.Times.class, EvalCommand.Events.class})
public final class EvalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    static Path directory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new UserError("not a directory: " + dir);
        }
        return dir;
    }

    /** {@code kroniek eval times DIR}: TIMEX recognition and normalization on TimeML (TempEval-3). */
    @Command(name = "times", mixinStandardHelpOptions = true,
            description = "TIMEX3 recognition (strict, relaxed) and value accuracy on TimeML files, anchored at each DCT.")
    static final class Times implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "Folder with .tml files, e.g. ../shared/data/tempeval3")
        Path dir;

        @Option(names = "--language", defaultValue = "en", description = "Language of the documents (default en).")
        String language;

        @Override
        public Integer call() throws IOException {
            TimexEvaluation.Result r = new TimexEvaluation(language).evaluate(directory(dir));
            if (r.documents() == 0) {
                throw new UserError("no .tml files under " + dir);
            }
            System.out.println(r.report());
            return ExitCodes.OK;
        }
    }

    /** {@code kroniek eval events DIR}: event detection on EventDNA. */
    @Command(name = "events", mixinStandardHelpOptions = true,
            description = "Event trigger detection (any type, and ASSAULT vs Conflict/Attack) on EventDNA dnaf.json files.")
    static final class Events implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "Folder with */dnaf.json, e.g. ../shared/data/eventdna-nl")
        Path dir;

        @Option(names = "--language", defaultValue = "nl", description = "Language of the documents (default nl).")
        String language;

        @Override
        public Integer call() throws IOException {
            EventDetectionEvaluation.Result r = new EventDetectionEvaluation(language).evaluate(directory(dir));
            if (r.documents() == 0) {
                throw new UserError("no dnaf.json files under " + dir);
            }
            System.out.println(r.report());
            return ExitCodes.OK;
        }
    }
}
