package org.kroniek.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.kroniek.merge.Contradiction;
import org.kroniek.merge.EventInstance;
import org.kroniek.merge.StoriesJson;
import org.kroniek.merge.Story;
import org.kroniek.merge.StoryIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kroniek stories PATH...}: groups articles into stories across outlets and languages, merges
 * their events into event instances with independent sources counted, and lists contradictions.
 */
@Command(name = "stories", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Group articles into stories, merge their events, count independent sources, show contradictions."})
public final class StoriesCommand implements Callable<Integer> {
    @Mixin
    StoryLoader loader;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json",
            description = "table: one line a story, its merged events and the contradictions; json: "
                    + "{\"stories\": [...], \"figures\": [...], \"contradictions\": [...]}. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--top", paramLabel = "N", defaultValue = "0",
            description = "Table: show only the N largest stories (0: all). Default: ${DEFAULT-VALUE}.")
    int top;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("table") && !format.equals("json")) {
            throw new UserError("--format must be table or json, not " + format);
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        StoryIndex index = loader.load(err, "stories");
        if (format.equals("json")) {
            out.println(StoriesJson.write(index));
        } else {
            table(index, out);
        }
        out.flush();
        return loader.failures > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    private void table(StoryIndex index, PrintStream out) {
        long multi = index.stories().stream().filter(s -> s.articles().size() > 1).count();
        long merged = index.events().stream().filter(e -> e.articles().size() > 1).count();
        out.printf("%d articles, %d stories (%d with more than one article), %d event instances (%d merged from several articles), %d contradictions%n",
                index.size(), index.stories().size(), multi, index.events().size(), merged, index.contradictions().size());
        int shown = 0;
        for (Story s : index.stories()) {
            if (top > 0 && shown++ >= top) {
                break;
            }
            out.printf("%n%s  %d articles, %d sources (%s)  %s%n", s.id(), s.articles().size(), s.sources(),
                    String.join(", ", s.languages()), oneLine(s.title()));
            out.println("  articles: " + String.join(" ", s.articles()));
            for (EventInstance e : s.events()) {
                out.printf("  %-28s %-8s%s actor=%s recipient=%s at=%s on=%s  %d articles, %d sources%n", e.id(), e.type(),
                        e.negated() ? " (not)" : e.hypothetical() ? " (hyp.)" : "", e.actor(), e.recipient(), e.location(),
                        e.dates(), e.articles().size(), e.sources());
            }
        }
        if (!index.contradictions().isEmpty()) {
            out.printf("%ncontradictions%n");
            for (Contradiction c : index.contradictions()) {
                out.printf("  %-15s %s%n      %s/%s: %s%n      %s/%s: %s%n", c.kind().label(), c.reason(),
                        c.first().article(), c.first().item(), oneLine(c.first().evidence()),
                        c.second().article(), c.second().item(), oneLine(c.second().evidence()));
            }
        }
    }

    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 100 ? t.substring(0, 99) + "…" : t;
    }
}
