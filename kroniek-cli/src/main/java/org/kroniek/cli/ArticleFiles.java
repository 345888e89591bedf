package org.kroniek.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.kroniek.ingest.ArticleSink;
import org.kroniek.ingest.DatedTextReader;
import org.kroniek.record.Source;

/**
 * The input files of a command and how each is read. Plain text ({@code .txt}) is read with
 * {@link DatedTextReader}; other formats are reported to the sink as unsupported.
 */
final class ArticleFiles {
    private ArticleFiles() {
    }

    /** Regular files under the paths, sorted, hidden files left out. */
    static List<Path> list(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new UserError("no such file or directory: " + p);
            }
            try (Stream<Path> s = Files.walk(p)) {
                s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                        .sorted().forEach(files::add);
            }
        }
        return files;
    }

    /** Reads one file's articles into the sink; failures name the file and reason. */
    static void read(Path file, ArticleSink sink) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".txt") && !name.endsWith(".text")) {
            sink.failure(file.toString(), null, "unsupported format (plain .txt only in this build)");
            return;
        }
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            if (content.isBlank()) {
                sink.failure(file.toString(), null, "empty file");
                return;
            }
            sink.article(DatedTextReader.read(content, Source.ofPath(file.toString())));
        } catch (CharacterCodingException e) {
            sink.failure(file.toString(), null, "not UTF-8 text");
        } catch (IOException e) {
            sink.failure(file.toString(), null, e.getMessage());
        }
    }
}
