package org.kroniek.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kroniek.extract.eval.TimexEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kroniek eval times DIR}: TIMEX recognition and normalization on TimeML (TempEval-3). */
@Command(name = "times", mixinStandardHelpOptions = true,
        description = "TIMEX3 recognition (strict, relaxed) and value accuracy on TimeML files, anchored at each DCT.")
public final class EvalTimesCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "Folder with .tml files, e.g. ../shared/data/tempeval3")
    Path dir;

    @Option(names = "--language", defaultValue = "en", description = "Language of the documents (default en).")
    String language;

    @Override
    public Integer call() throws IOException {
        TimexEvaluation.Result r = new TimexEvaluation(language).evaluate(EvalCommand.directory(dir));
        if (r.documents() == 0) {
            throw new UserError("no .tml files under " + dir);
        }
        System.out.println(r.report());
        return ExitCodes.OK;
    }
}
