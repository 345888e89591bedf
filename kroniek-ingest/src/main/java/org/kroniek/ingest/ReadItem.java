package org.kroniek.ingest;

import java.util.Objects;
import org.kroniek.text.Article;

/**
 * What reading yields, in input order: an article, a failure (a file or record that could not be
 * read) or a warning (read, but with a caveat, e.g. a wrong encoding repaired).
 */
public sealed interface ReadItem permits ReadItem.Found, ReadItem.Failure, ReadItem.Warning {
    /** The input file as the user named it ({@code -} for standard input). */
    String file();

    /** An article read from a file. */
    record Found(Article article) implements ReadItem {
        public Found {
            Objects.requireNonNull(article, "article");
        }

        @Override
        public String file() {
            return article.source().path();
        }
    }

    /** A file ({@code record} null) or record (0-based) that could not be read, and why. */
    record Failure(String file, Integer record, String reason) implements ReadItem {
        /** One line naming file, record and reason. */
        public String describe() {
            return Messages.line(file, record, reason);
        }
    }

    /** Something worth knowing about an input that was nonetheless read. */
    record Warning(String file, Integer record, String message) implements ReadItem {
        public String describe() {
            return Messages.line(file, record, "warning: " + message);
        }
    }

    /** Formats messages about inputs. */
    final class Messages {
        private Messages() {
        }

        static String line(String file, Integer record, String text) {
            return record == null ? file + ": " + text : file + ": record " + record + ": " + text;
        }
    }
}
