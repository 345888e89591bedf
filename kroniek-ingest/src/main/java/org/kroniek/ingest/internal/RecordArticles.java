package org.kroniek.ingest.internal;

import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.kroniek.ingest.FieldNames;
import org.kroniek.ingest.FieldNames.Role;
import org.kroniek.ingest.ReadItem;
import org.kroniek.ingest.lang.LanguageCodes;
import org.kroniek.record.Published;
import org.kroniek.record.Source;
import org.kroniek.text.Article;

/**
 * Builds an article from one record of a data file (a JSON object, a CSV row), given a way to
 * look up a field's value by name. Shared by the JSON Lines and CSV readers.
 */
public final class RecordArticles {
    private RecordArticles() {
    }

    /**
     * Adds the record's items to {@code out}: the article, or a failure, preceded by warnings.
     *
     * @param field the value of a field by exact name, or null when absent
     */
    public static void build(Function<String, String> field, FieldNames names, String file, Integer record,
                             long maxTextChars, Deque<ReadItem> out) {
        List<String> textNames = names.of(Role.TEXT);
        String text = first(field, textNames);
        if (text == null) {
            out.add(new ReadItem.Failure(file, record, "no text field (looked for " + String.join(", ", textNames) + ")"));
            return;
        }
        Published published = null;
        String date = first(field, names.of(Role.DATE));
        if (date != null && !date.isBlank()) {
            Optional<Published> parsed = PublishedDates.parse(date);
            if (parsed.isPresent()) {
                published = parsed.get();
            } else {
                out.add(new ReadItem.Warning(file, record, "unreadable date '" + clip(date) + "', left out"));
            }
        }
        Source source = new Source(file, blankToNull(first(field, names.of(Role.URL))),
                blankToNull(first(field, names.of(Role.OUTLET))), record);
        String language = LanguageCodes.normalize(first(field, names.of(Role.LANGUAGE)));
        Article article = Article.of(source, first(field, names.of(Role.TITLE)), published, language, PlainBlocks.split(text));
        out.add(ArticleChecks.check(article, file, record, maxTextChars));
    }

    private static String first(Function<String, String> field, List<String> candidates) {
        for (String name : candidates) {
            String v = field.apply(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String clip(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        return one.length() > 40 ? one.substring(0, 40) + "..." : one;
    }

    /** Looks a name up exactly, then ignoring case, in {@code keys}. */
    public static String matchName(Iterable<String> keys, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String loose = null;
        for (String k : keys) {
            if (k.equals(name)) {
                return k;
            }
            if (loose == null && k.toLowerCase(Locale.ROOT).equals(lower)) {
                loose = k;
            }
        }
        return loose;
    }
}
