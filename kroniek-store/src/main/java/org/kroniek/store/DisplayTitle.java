package org.kroniek.store;

import org.kroniek.record.ArticleRecord;

/** What lists show as an article's title: its title, or else the start of its first paragraph. */
public final class DisplayTitle {
    private static final int MAX_CHARS = 90;

    private DisplayTitle() {
    }

    public static String of(ArticleRecord r) {
        if (r.title() != null && !r.title().isBlank()) {
            return r.title();
        }
        String text = r.text().strip();
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        if (first.length() <= MAX_CHARS) {
            return first.isEmpty() ? "(untitled)" : first;
        }
        int cut = first.lastIndexOf(' ', MAX_CHARS);
        return first.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS) + " …";
    }
}
