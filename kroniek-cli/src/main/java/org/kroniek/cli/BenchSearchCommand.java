package org.kroniek.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import org.kroniek.store.DocType;
import org.kroniek.store.LuceneRecordStore;
import org.kroniek.store.SearchQuery;
import org.kroniek.store.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kroniek bench search --data DIR}: search latency over a store. Builds a reproducible mix
 * of queries from the stored titles and facet values (single words, word pairs, phrases, type,
 * status, place and event-type filters, date ranges; every search also counts all facets), runs
 * a warm-up, then times each query and prints p50, p95, p99 and the maximum.
 */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Measure search latency over a store.")
public final class BenchSearchCommand implements Callable<Integer> {
    @Mixin
    DataDir data;

    @Option(names = "--queries", defaultValue = "200", description = "Queries to time (default ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--warmup", defaultValue = "100", description = "Untimed queries first (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed of the query mix.")
    long seed;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (LuceneRecordStore store = data.open()) {
            long articles = store.count(DocType.ARTICLE);
            if (articles == 0) {
                throw new UserError("the store in " + data.dir + " is empty: run kroniek ingest first");
            }
            List<SearchQuery> mix = mix(store, new Random(seed), warmup + queries);
            for (int i = 0; i < warmup; i++) {
                store.search(mix.get(i));
            }
            long[] nanos = new long[queries];
            long hits = 0;
            Integer[] order = new Integer[queries];
            for (int i = 0; i < queries; i++) {
                long t0 = System.nanoTime();
                SearchResult r = store.search(mix.get(warmup + i));
                nanos[i] = System.nanoTime() - t0;
                hits += r.total();
                order[i] = i;
            }
            long[] timed = nanos.clone();
            Arrays.sort(order, (a, b) -> Long.compare(timed[b], timed[a]));
            Arrays.sort(nanos);
            out.printf(Locale.ROOT, "kroniek bench search: %d queries (with facets, 20 hits a page) over %d articles, "
                            + "%d documents; mean hits %.1f%n", queries, articles,
                    articles + store.count(DocType.ENTITY) + store.count(DocType.EVENT) + store.count(DocType.CLAIM),
                    (double) hits / queries);
            out.printf(Locale.ROOT, "latency ms: p50 %.2f  p95 %.2f  p99 %.2f  max %.2f%n", ms(nanos, 0.50),
                    ms(nanos, 0.95), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
            for (int i = 0; i < Math.min(3, queries); i++) {
                out.printf(Locale.ROOT, "slowest: %.2f ms  %s%n", timed[order[i]] / 1e6, mix.get(warmup + order[i]));
            }
        }
        return ExitCodes.OK;
    }

    private static double ms(long[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static List<SearchQuery> mix(LuceneRecordStore store, Random rnd, int n) throws IOException {
        List<String> titles = new ArrayList<>();
        store.forEachArticle(r -> {
            if (r.title() != null && titles.size() < 5000) {
                titles.add(r.title());
            }
        });
        if (titles.isEmpty()) {
            titles.add("");
        }
        SearchResult all = store.search(SearchQuery.all(null, 0));
        List<String> places = values(all, "place");
        List<String> eventTypes = values(all, "event_type");
        List<String> statuses = values(all, "status");
        List<String> months = values(all, "month");
        List<SearchQuery> mix = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> words = words(titles.get(rnd.nextInt(titles.size())));
            String w = words.isEmpty() ? null : words.get(rnd.nextInt(words.size()));
            String pair = words.size() < 2 ? w : words.get(0) + " " + words.get(words.size() - 1);
            String phrase = words.size() < 2 ? w : "\"" + words.get(0) + " " + words.get(1) + "\"";
            SearchQuery q = switch (i % 8) {
                case 0 -> SearchQuery.text(w, 20);
                case 1 -> SearchQuery.text(pair, 20);
                case 2 -> SearchQuery.text(phrase, 20);
                case 3 -> SearchQuery.text(w, 20).withType(DocType.ARTICLE);
                case 4 -> new SearchQuery(w, DocType.CLAIM, null, null, null, null, pick(statuses, rnd), null, 0, 20);
                case 5 -> new SearchQuery(null, DocType.EVENT, null, null, pick(places, rnd), null, null, pick(eventTypes, rnd), 0, 20);
                case 6 -> dateRange(w, pick(months, rnd));
                default -> SearchQuery.all(DocType.values()[rnd.nextInt(4)], 20).withPage(rnd.nextInt(3) * 20, 20);
            };
            mix.add(q);
        }
        return mix;
    }

    private static SearchQuery dateRange(String word, String month) {
        if (month == null) {
            return SearchQuery.text(word, 20);
        }
        LocalDate from = LocalDate.parse(month + "-01");
        return new SearchQuery(word, null, from, from.plusDays(13), null, null, null, null, 0, 20);
    }

    private static List<String> values(SearchResult r, String dim) {
        return r.facets().getOrDefault(dim, List.of()).stream().map(SearchResult.FacetCount::value).toList();
    }

    private static String pick(List<String> values, Random rnd) {
        return values.isEmpty() ? null : values.get(rnd.nextInt(values.size()));
    }

    private static List<String> words(String title) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : title.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return new ArrayList<>(out);
    }
}
