package org.kroniek.ingest;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kroniek.text.Article;

/** Test fixtures under {@code src/test/resources/fixtures}, and helpers to read them. */
final class Fixtures {
    private Fixtures() {
    }

    static Path path(String name) {
        URL url = Fixtures.class.getResource("/fixtures/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<ReadItem> read(ReaderOptions options, String... names) {
        List<String> paths = Stream.of(names).map(n -> path(n).toString()).toList();
        try (Stream<ReadItem> items = Inputs.open(paths, options)) {
            return items.collect(Collectors.toList());
        }
    }

    static List<ReadItem> read(String... names) {
        return read(ReaderOptions.defaults(), names);
    }

    static List<Article> articles(List<ReadItem> items) {
        return items.stream().filter(i -> i instanceof ReadItem.Found).map(i -> ((ReadItem.Found) i).article()).toList();
    }

    static List<ReadItem.Failure> failures(List<ReadItem> items) {
        return items.stream().filter(i -> i instanceof ReadItem.Failure).map(i -> (ReadItem.Failure) i).toList();
    }

    static List<ReadItem.Warning> warnings(List<ReadItem> items) {
        return items.stream().filter(i -> i instanceof ReadItem.Warning).map(i -> (ReadItem.Warning) i).toList();
    }

    static String paragraph(Article a, int i) {
        var p = a.paragraphs().get(i);
        return a.text().substring(p.start(), p.end());
    }
}
