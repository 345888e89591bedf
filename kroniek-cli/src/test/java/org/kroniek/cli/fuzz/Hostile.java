package org.kroniek.cli.fuzz;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Text and documents built to break readers and stages: odd characters, broken markup, wrong types. */
final class Hostile {
    private static final List<String> PIECES = List.of(
            "Oekraïne", "Kyiv", "Київ", "Poetin zei dat", "\"We vechten door\", zei Zelensky.", "volgens de VN",
            "Rusland", "De NAVO", "in Marioepol", " ", " ", "\n", "\n\n", ".", ", ", "?", "!", ":", "'", "\"", "«", "»",
            "2022", "24 februari", "1.200", "€5 mld", "-", "—",
            "\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad", "\u202e", "\u202d", "\u200f", "\u061c",
            "مرحبا بالعالم", "שלום", "中文", "日本語", "한국어", "ελληνικά", "देवनागरी",
            "😀", "👩‍👩‍👧", "🇺🇦", "🏳️‍🌈", "e\u0301", "\u0000", "\t", "\r", "\r\n", "\u2028", "\u0085",
            "<p>", "</p>", "<div>", "<b>", "&amp;", "&#0;", "&#xD800;", "<script>alert(1)</script>", "<!--", "-->",
            "{", "}", "[", "]", ",", "\\", "\\u0000", "\\ud800", "Dr.", "mr.", "i.p.v.", "...", "…");

    private Hostile() {
    }

    static Arbitrary<String> text() {
        return Arbitraries.of(PIECES).list().ofMaxSize(120).map(l -> String.join("", l));
    }

    /** The body (and title) in one of several document shapes, many of them broken. */
    static String wrap(String body, String title, int shape) {
        String b = json(body);
        String t = json(title);
        return switch (shape) {
            case 0 -> "date 2022-03\n" + body;
            case 1 -> "{\"title\":\"" + t + "\",\"text\":\"" + b + "\"}\n{\"text\":" + b.length() + "}\n{\"text\":[\"" + b + "\"]}\n";
            case 2 -> "[{\"text\":\"" + b + "\",\"date\":{\"y\":2022},\"title\":null},{\"text\":{}},\"" + t + "\",42]";
            case 3 -> "text,title,date\n\"" + body + "\"," + title + ",2022-03-01\n\"unclosed," + body + "\n";
            case 4 -> "<html><head><title>" + title + "</title></head><body>" + "<div>".repeat(3000) + "<p>" + body
                    + "</p>" + (body.length() % 2 == 0 ? "</div>".repeat(3000) : "");
            case 5 -> "<rss><channel><item><title>" + title + "</title><description><![CDATA[" + body
                    + "]]></description></item><item><description>" + body;
            case 6 -> "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: " + (body.length() / 2) + "\r\n\r\n"
                    + "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>" + body + "</p>\r\n\r\n";
            case 7 -> body;
            case 8 -> "<p>" + body + "</p><p>" + title;
            default -> "{\"text\": \"" + b + "\", \"title\": " + (title.isEmpty() ? "true" : "\"" + t + "\"") + ", \"url\": 5}";
        };
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
