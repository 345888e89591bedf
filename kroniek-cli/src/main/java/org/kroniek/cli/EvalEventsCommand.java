package org.kroniek.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kroniek.extract.eval.EventDetectionEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kroniek eval events DIR}: event detection on EventDNA. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Event trigger detection on EventDNA dnaf.json files: any type, and per PLOVER type with an ACE "
                + "counterpart (ASSAULT, PROTEST, COERCE, CONSULT).")
public final class EvalEventsCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "Folder with */dnaf.json, e.g. ../shared/data/eventdna-nl")
    Path dir;

    @Option(names = "--language", defaultValue = "nl", description = "Language of the documents (default nl).")
    String language;

    @Override
    public Integer call() throws IOException {
        EventDetectionEvaluation.Result r = new EventDetectionEvaluation(language).evaluate(EvalCommand.directory(dir));
        if (r.documents() == 0) {
            throw new UserError("no dnaf.json files under " + dir);
        }
        System.out.println(r.report());
        return ExitCodes.OK;
    }
}
