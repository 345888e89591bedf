package org.kroniek.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.kroniek.record.RecordJson;
import org.kroniek.store.DocType;
import org.kroniek.store.LuceneRecordStore;
import org.kroniek.store.SearchHit;
import org.kroniek.store.SearchQuery;
import org.kroniek.store.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kroniek search QUERY}: searches the store and prints a table or JSON. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search stored articles, entities, events or claims.")
public final class SearchCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "QUERY",
            description = "Words (all must match); \"a phrase\", -exclude, prefix*. Empty: everything.")
    String query;

    @Mixin
    DataDir data;

    @Option(names = "--type", paramLabel = "TYPE", description = "articles, entities, events or claims (default: all).")
    String type;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day (inclusive).")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day (inclusive).")
    String to;

    @Option(names = "--place", description = "Canonical place name.")
    String place;

    @Option(names = "--entity", description = "Canonical entity name.")
    String entity;

    @Option(names = "--status", description = "Claim status: asserted, alleged, unverified, disputed, denied, confirmed, hedged.")
    String status;

    @Option(names = "--event-type", paramLabel = "TYPE", description = "PLOVER event type, such as ASSAULT.")
    String eventType;

    @Option(names = "--limit", defaultValue = "20", description = "Hits to show (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "table", description = "table or json.")
    String format;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("table") && !format.equals("json")) {
            throw new UserError("unknown --format '" + format + "': use table or json");
        }
        SearchQuery q;
        try {
            q = new SearchQuery(query, type == null ? null : DocType.parse(type), date("--from", from), date("--to", to),
                    place, entity, status, eventType, 0, Math.max(0, limit));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        SearchResult result;
        try (LuceneRecordStore store = data.open()) {
            result = store.search(q);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (format.equals("json")) {
            out.println(RecordJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(result));
        } else {
            table(out, result);
        }
        return ExitCodes.OK;
    }

    private static LocalDate date(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UserError(option + " is not a date (YYYY-MM-DD): " + value);
        }
    }

    private static void table(PrintStream out, SearchResult result) {
        out.printf("%-8s %-10s %-40s %s%n", "TYPE", "DATE", "TITLE / NAME", "TEXT");
        for (SearchHit h : result.results()) {
            String name = switch (h.type()) {
                case ENTITY -> String.valueOf(h.data().get("name"));
                case CLAIM -> h.data().get("speaker") + " " + h.data().get("status");
                case EVENT -> h.data().get("eventType") + " " + (h.data().get("location") == null ? "" : h.data().get("location"));
                case ARTICLE -> h.title() == null ? "(untitled)" : h.title();
            };
            out.printf("%-8s %-10s %-40s %s%n", h.type().label(), h.date() == null ? "-" : cut(h.date(), 11), cut(name, 40),
                    cut(h.snippet() == null ? "" : h.snippet().replace('\n', ' '), 70));
        }
        out.println(result.total() + (result.total() == 1 ? " hit" : " hits")
                + (result.total() > result.results().size() ? " (" + result.results().size() + " shown)" : ""));
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
