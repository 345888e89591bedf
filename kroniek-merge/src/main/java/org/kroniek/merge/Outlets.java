package org.kroniek.merge;

import java.net.URI;
import java.util.Locale;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.Source;

/** Which outlet published an article: the record's outlet, else its URL host, else its file as a last resort. */
public final class Outlets {
    private Outlets() {
    }

    /**
     * @param record an article record
     * @return a lower-case outlet key: {@code source.outlet}, the URL host without {@code www.},
     *         or {@code parent/name} of the source path; the article id when nothing is known
     */
    public static String of(ArticleRecord record) {
        Source s = record.source();
        if (s != null) {
            if (s.outlet() != null && !s.outlet().isBlank()) {
                return s.outlet().strip().toLowerCase(Locale.ROOT);
            }
            String host = host(s.url());
            if (host != null) {
                return host;
            }
            if (s.path() != null && !s.path().isBlank()) {
                String[] parts = s.path().replace('\\', '/').split("/");
                int n = parts.length;
                return (n >= 2 ? parts[n - 2] + "/" : "") + parts[n - 1];
            }
        }
        return record.id();
    }

    private static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
