package org.kroniek.ingest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.kroniek.ingest.lang.LanguageCodes;
import org.kroniek.record.Published;
import org.kroniek.record.Source;
import org.kroniek.text.Article;
import org.kroniek.text.Block;

/**
 * Turns an HTML article page into an {@link Article}. Title: {@code og:title}, JSON-LD
 * {@code headline}, the first {@code h1}, {@code <title>}. Date: {@code article:published_time},
 * JSON-LD {@code datePublished}, a {@code <time datetime>}, other date metas. Outlet:
 * {@code og:site_name}, JSON-LD publisher. URL: {@code og:url} or the canonical link, else the
 * one the page was fetched from. Language: {@code <html lang>}, JSON-LD {@code inLanguage}. Text:
 * the JSON-LD {@code articleBody}'s container or the article element, without page furniture
 * (see {@link HtmlBlocks}).
 */
public final class HtmlArticles {
    private static final String[] MAIN = {"[itemprop=articleBody]", "article", "main", "[role=main]", "#content", ".content"};

    private HtmlArticles() {
    }

    public static Article parse(String html, String file, String fetchedUrl, Integer record) {
        Document page = Jsoup.parse(html, fetchedUrl == null ? "" : fetchedUrl);
        Optional<JsonNode> ld = JsonLd.article(page);
        String title = firstNonBlank(meta(page, "og:title"), ld.map(n -> JsonLd.text(n, "headline")).orElse(null),
                text(page.selectFirst("h1")), page.title());
        String url = firstNonBlank(meta(page, "og:url"), page.select("link[rel=canonical]").attr("href"), fetchedUrl);
        String outlet = firstNonBlank(meta(page, "og:site_name"),
                ld.map(n -> JsonLd.text(n, "publisher")).orElse(null), meta(page, "application-name"));
        title = withoutOutlet(title, outlet);
        String language = LanguageCodes.normalize(firstNonBlank(page.select("html").attr("lang"),
                ld.map(n -> JsonLd.text(n, "inLanguage")).orElse(null), meta(page, "og:locale")));
        Published published = published(page, ld).orElse(null);
        List<Block> blocks = HtmlBlocks.of(mainElement(page), title);
        String articleBody = ld.map(n -> JsonLd.text(n, "articleBody")).orElse(null);
        if (articleBody != null && length(blocks) * 2 < articleBody.strip().length()) {
            blocks = PlainBlocks.split(articleBody);
        }
        return Article.of(new Source(file, url, outlet, record), title, published, language, blocks);
    }

    private static int length(List<Block> blocks) {
        int n = 0;
        for (Block b : blocks) {
            n += b.text().length();
        }
        return n;
    }

    private static Optional<Published> published(Document page, Optional<JsonNode> ld) {
        String[] candidates = {
            meta(page, "article:published_time"),
            ld.map(n -> JsonLd.text(n, "datePublished")).orElse(null),
            page.select("article time[datetime], time[datetime]").attr("datetime"),
            meta(page, "og:published_time"),
            meta(page, "date"),
            meta(page, "pubdate"),
            meta(page, "dcterms.date"),
            meta(page, "DC.date.issued"),
        };
        for (String c : candidates) {
            Optional<Published> p = PublishedDates.parse(c);
            if (c != null && !c.isBlank() && p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    static Element mainElement(Document page) {
        for (String selector : MAIN) {
            Elements found = page.select(selector);
            Element best = null;
            int bestLength = 0;
            for (Element e : found) {
                int length = e.select("p").text().length();
                if (length > bestLength) {
                    best = e;
                    bestLength = length;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return page.body();
    }

    private static String meta(Document page, String name) {
        Element e = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        return e == null ? null : e.attr("content");
    }

    /** {@code Headline | Outlet} and {@code Headline - Outlet}, as page titles have it, become {@code Headline}. */
    private static String withoutOutlet(String title, String outlet) {
        if (title == null || outlet == null) {
            return title;
        }
        for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: "}) {
            String suffix = sep + outlet;
            if (title.endsWith(suffix) && title.length() > suffix.length()) {
                return title.substring(0, title.length() - suffix.length()).strip();
            }
        }
        return title;
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
