package org.kroniek.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.kroniek.ingest.internal.InputReading;
import org.kroniek.ingest.internal.Reasons;
import org.kroniek.ingest.lang.LanguageDetector;
import org.kroniek.text.Article;

/**
 * The one entry point for reading articles: paths, directories (recursive), globs and {@code -}
 * (standard input) in, a lazy stream of {@link ReadItem}s out, in input order. Every reader's
 * articles get a language: the reader's own when it found a valid one, else the detector's.
 *
 * <pre>{@code
 * try (Stream<ReadItem> items = Inputs.open(List.of("samples/"), ReaderOptions.defaults())) {
 *     items.forEach(item -> ...);
 * }
 * }</pre>
 */
public final class Inputs {
    private static final String GLOB_CHARS = "*?[{";

    private Inputs() {
    }

    /** Resolves and reads {@code pathsOrGlobs}; close the stream when done. */
    public static Stream<ReadItem> open(List<String> pathsOrGlobs, ReaderOptions options) {
        return read(resolve(pathsOrGlobs), options);
    }

    /** Pushes what {@link #open} finds to a sink. */
    public static void read(List<String> pathsOrGlobs, ReaderOptions options, ArticleSink sink) {
        try (Stream<ReadItem> items = open(pathsOrGlobs, options)) {
            items.forEach(item -> {
                if (item instanceof ReadItem.Found f) {
                    sink.article(f.article());
                } else if (item instanceof ReadItem.Failure f) {
                    sink.failure(f.file(), f.record(), f.reason());
                } else if (item instanceof ReadItem.Warning w) {
                    sink.warning(w.file(), w.record(), w.message());
                }
            });
        }
    }

    /** Reads resolved inputs in order; the stream is lazy and must be closed. */
    public static Stream<ReadItem> read(List<Input> inputs, ReaderOptions options) {
        InputReading reading = new InputReading(inputs, options);
        LanguageDetector detector = options.languageDetector();
        Stream<ReadItem> items = StreamSupport.stream(
                Spliterators.spliteratorUnknownSize((Iterator<ReadItem>) reading, Spliterator.ORDERED | Spliterator.NONNULL),
                false);
        return items.map(item -> withLanguage(item, detector)).onClose(reading::close);
    }

    private static ReadItem withLanguage(ReadItem item, LanguageDetector detector) {
        if (item instanceof ReadItem.Found f && f.article().language() == null) {
            Article a = f.article();
            String sample = a.title() == null ? a.text() : a.title() + "\n\n" + a.text();
            return new ReadItem.Found(a.withLanguage(detector.detect(sample)));
        }
        return item;
    }

    /**
     * Expands arguments into inputs, in argument order: a directory becomes its files in a known
     * format (recursively, sorted, hidden ones skipped), a glob the files it matches (sorted),
     * {@code -} standard input. A name that matches nothing becomes an input with a problem.
     */
    public static List<Input> resolve(List<String> pathsOrGlobs) {
        List<Input> inputs = new ArrayList<>();
        for (String arg : pathsOrGlobs) {
            if (arg.equals(Input.STDIN)) {
                inputs.add(Input.stdin());
                continue;
            }
            Path path = Paths.get(arg);
            if (Files.isDirectory(path)) {
                int before = inputs.size();
                walk(path, p -> Format.ofName(p.getFileName().toString()).isPresent(), inputs);
                if (inputs.size() == before) {
                    inputs.add(Input.problem(arg, "directory holds no file in a known format"));
                }
            } else if (Files.exists(path)) {
                inputs.add(Input.file(path));
            } else if (isGlob(arg)) {
                int before = inputs.size();
                PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + arg);
                walk(globBase(arg), p -> matcher.matches(p), inputs);
                if (inputs.size() == before) {
                    inputs.add(Input.problem(arg, "no file matches"));
                }
            } else {
                inputs.add(Input.problem(arg, "no such file or directory"));
            }
        }
        return inputs;
    }

    private static boolean isGlob(String arg) {
        return arg.chars().anyMatch(c -> GLOB_CHARS.indexOf(c) >= 0);
    }

    private static Path globBase(String glob) {
        String[] parts = glob.split("/", -1);
        StringBuilder base = new StringBuilder(glob.startsWith("/") ? "/" : "");
        for (int i = 0; i < parts.length - 1; i++) {
            if (isGlob(parts[i])) {
                break;
            }
            if (!parts[i].isEmpty()) {
                base.append(parts[i]).append('/');
            }
        }
        return base.length() == 0 ? Paths.get(".") : Paths.get(base.toString());
    }

    private static void walk(Path base, java.util.function.Predicate<Path> keep, List<Input> out) {
        if (!Files.isDirectory(base)) {
            return;
        }
        boolean dotBase = base.toString().equals(".");
        try (Stream<Path> files = Files.walk(base)) {
            files.filter(Files::isRegularFile)
                    .map(p -> dotBase ? base.relativize(p) : p)
                    .filter(p -> !isHidden(p))
                    .filter(keep)
                    .sorted(Comparator.comparing(Path::toString))
                    .forEach(p -> out.add(Input.file(p)));
        } catch (IOException | UncheckedIOException e) {
            out.add(Input.problem(base.toString(), "cannot list directory: " + Reasons.of(e)));
        }
    }

    private static boolean isHidden(Path p) {
        for (Path part : p) {
            String s = part.toString();
            if (s.startsWith(".") && !s.equals(".") && !s.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
