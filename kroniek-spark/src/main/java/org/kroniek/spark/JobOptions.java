package org.kroniek.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kroniek.ingest.Format;
import org.kroniek.ingest.ReaderOptions;
import org.kroniek.merge.MergeConfig;

/**
 * What the Spark job reads, where it writes, and how. Built from command-line arguments by
 * {@link #parse}; unknown options are refused by name.
 *
 * @param inputs files, directories (read recursively) and globs on any Hadoop file system
 * @param output the directory the job creates for its tables
 * @param partitions how many partitions articles are spread over for extraction; 0 leaves it to Spark
 * @param maxTextChars the largest article text accepted, in characters
 * @param format the format every input is read as, or null to go by name and content
 * @param stories whether stage 2 (stories, event instances, contradictions) runs after extraction
 * @param storyWindowDays articles published more than this many days apart are never one story
 *        ({@code kroniek stories --window})
 */
public record JobOptions(List<String> inputs, String output, int partitions, long maxTextChars, Format format,
                         boolean stories, int storyWindowDays)
        implements Serializable {
    static final String USAGE = "usage: KroniekSparkJob --out DIR [--partitions N] [--max-text-mb MB]"
            + " [--input-format FORMAT] [--window DAYS | --no-stories] PATH...";

    public JobOptions {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(output, "output");
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input path given; " + USAGE);
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("--partitions must be at least 0, not " + partitions);
        }
        if (maxTextChars <= 0) {
            throw new IllegalArgumentException("--max-text-mb must be positive");
        }
        if (storyWindowDays < 0) {
            throw new IllegalArgumentException("--window must be 0 or more days, not " + storyWindowDays);
        }
    }

    /** Options with the reader's defaults. */
    public static JobOptions of(List<String> inputs, String output) {
        return new JobOptions(inputs, output, 0, ReaderOptions.DEFAULT_MAX_TEXT_CHARS, null, true,
                MergeConfig.defaults().storyWindowDays());
    }

    public JobOptions withPartitions(int n) {
        return new JobOptions(inputs, output, n, maxTextChars, format, stories, storyWindowDays);
    }

    /** @return these options without stage 2 */
    public JobOptions withoutStories() {
        return new JobOptions(inputs, output, partitions, maxTextChars, format, false, storyWindowDays);
    }

    /** @return the thresholds stage 2 merges with: kroniek-merge's defaults with this story window */
    MergeConfig mergeConfig() {
        return MergeConfig.defaults().withStoryWindowDays(storyWindowDays);
    }

    /**
     * Parses {@code --out DIR [--partitions N] [--max-text-mb MB] [--input-format FORMAT] [--window DAYS | --no-stories] PATH...}.
     *
     * @throws IllegalArgumentException naming the bad argument
     */
    public static JobOptions parse(String[] args) {
        List<String> inputs = new ArrayList<>();
        String out = null;
        int partitions = 0;
        long maxChars = ReaderOptions.DEFAULT_MAX_TEXT_CHARS;
        Format format = null;
        boolean stories = true;
        int window = MergeConfig.defaults().storyWindowDays();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                inputs.add(a);
                continue;
            }
            if (a.equals("--no-stories")) {
                stories = false;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(a + " needs a value; " + USAGE);
            }
            String v = args[++i];
            switch (a) {
                case "--out" -> out = v;
                case "--partitions" -> partitions = parseInt(a, v);
                case "--max-text-mb" -> maxChars = (long) (parseDouble(a, v) * 1_000_000);
                case "--input-format" -> format = Format.parse(v);
                case "--window" -> window = parseInt(a, v);
                default -> throw new IllegalArgumentException("unknown option " + a + "; " + USAGE);
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required; " + USAGE);
        }
        return new JobOptions(inputs, out, partitions, maxChars, format, stories, window);
    }

    /** The reader options these stand for; built where the reading happens (they are not serializable). */
    ReaderOptions readerOptions() {
        ReaderOptions options = ReaderOptions.defaults().withMaxTextChars(maxTextChars);
        return format == null ? options : options.withFormat(format);
    }

    private static int parseInt(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number, not '" + value + "'");
        }
    }

    private static double parseDouble(String option, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a number, not '" + value + "'");
        }
    }
}
