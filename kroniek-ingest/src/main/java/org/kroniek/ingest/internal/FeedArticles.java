package org.kroniek.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.kroniek.ingest.ReadItem;
import org.kroniek.ingest.lang.LanguageCodes;
import org.kroniek.record.Published;
import org.kroniek.record.Source;
import org.kroniek.text.Article;

/**
 * RSS 2.0 and Atom feeds: one article per {@code item} or {@code entry}, numbered from 0. Text
 * from {@code content:encoded}, {@code content}, {@code description} or {@code summary}, whose
 * HTML is reduced to paragraphs; date from {@code pubDate}, {@code published}, {@code updated}
 * or {@code dc:date}; outlet from the channel's title.
 */
public final class FeedArticles {
    private FeedArticles() {
    }

    public static List<ReadItem> parse(String xml, String file, long maxTextChars) {
        Document feed = Jsoup.parse(xml, "", Parser.xmlParser());
        Element root = feed.selectFirst("rss, feed, rdf|RDF");
        if (root == null) {
            return List.of(new ReadItem.Failure(file, null, "not an RSS or Atom feed (no rss or feed element)"));
        }
        Element channel = Optional.ofNullable(root.selectFirst("channel")).orElse(root);
        String outlet = childText(channel, "title");
        String feedLanguage = Optional.ofNullable(childText(channel, "language")).orElse(root.attr("xml:lang"));
        Elements items = root.select("item, entry");
        List<ReadItem> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Element item = items.get(i);
            Element body = first(item, "content|encoded", "content", "description", "summary");
            if (body == null) {
                out.add(new ReadItem.Failure(file, i, "item has no content, description or summary"));
                continue;
            }
            String date = firstText(item, "pubDate", "published", "dc|date", "updated");
            Published published = null;
            if (date != null) {
                published = PublishedDates.parse(date).orElse(null);
                if (published == null) {
                    out.add(new ReadItem.Warning(file, i, "unreadable date '" + date + "', left out"));
                }
            }
            String language = LanguageCodes.normalize(item.hasAttr("xml:lang") ? item.attr("xml:lang") : feedLanguage);
            Source source = new Source(file, link(item), outlet, i);
            Document html = Jsoup.parseBodyFragment(markup(body));
            Article article = Article.of(source, childText(item, "title"), published, language, HtmlBlocks.of(html.body(), null));
            out.add(ArticleChecks.check(article, file, i, maxTextChars));
        }
        if (items.isEmpty()) {
            out.add(new ReadItem.Failure(file, null, "feed has no items"));
        }
        return out;
    }

    private static String markup(Element body) {
        return body.children().isEmpty() ? body.wholeText() : body.html();
    }

    private static String link(Element item) {
        for (Element l : item.children()) {
            if (!l.tagName().equals("link")) {
                continue;
            }
            if (l.hasAttr("href")) {
                String rel = l.attr("rel");
                if (rel.isEmpty() || rel.equals("alternate")) {
                    return l.attr("href");
                }
            } else if (!l.text().isBlank()) {
                return l.text().strip();
            }
        }
        return childText(item, "guid");
    }

    private static Element first(Element item, String... tags) {
        for (String tag : tags) {
            for (Element e : item.children()) {
                if (matches(e, tag) && !e.wholeText().isBlank() || matches(e, tag) && !e.children().isEmpty()) {
                    return e;
                }
            }
        }
        return null;
    }

    private static boolean matches(Element e, String tag) {
        return e.tagName().equals(tag.replace('|', ':'));
    }

    private static String firstText(Element item, String... tags) {
        Element e = first(item, tags);
        return e == null ? null : e.text().strip();
    }

    private static String childText(Element parent, String tag) {
        for (Element e : parent.children()) {
            if (e.tagName().equals(tag) && !e.text().isBlank()) {
                return e.text().strip();
            }
        }
        return null;
    }
}
