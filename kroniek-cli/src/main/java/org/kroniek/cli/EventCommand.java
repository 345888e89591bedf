package org.kroniek.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.kroniek.merge.EventInstance;
import org.kroniek.merge.StoriesJson;
import org.kroniek.merge.StoryIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kroniek event ID PATH...}: one merged event instance with all its mentions, as JSON. */
@Command(name = "event", mixinStandardHelpOptions = true, sortOptions = false,
                customSynopsis = "kroniek event ID [PATH...] [--data DIR] [--records] [--window DAYS] [--threads N]",
        description = {"Print one merged event instance (by its id, or the id of one of its mentions: ARTICLE#EVENT) as JSON."})
public final class EventCommand implements Callable<Integer> {
    @Mixin
    StoryLoader loader;

    @Override
    public Integer call() throws IOException {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        // the ID comes first among the positional parameters, the PATHs after it
        if (loader.paths.isEmpty()) {
            throw new UserError("usage: kroniek event ID [PATH...] [--data DIR]");
        }
        String id = loader.paths.get(0);
        loader.paths = loader.paths.subList(1, loader.paths.size());
        StoryIndex index = loader.load(err, "event");
        EventInstance event = index.event(id)
                .orElseThrow(() -> new UserError("no event " + id + " among " + index.events().size() + " event instances"));
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out.println(StoriesJson.write(event));
        out.flush();
        return loader.failures > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }
}
