package org.kroniek.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.Deque;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.kroniek.ingest.ReadItem;
import org.kroniek.ingest.ReaderOptions;
import org.kroniek.text.Article;

/**
 * WARC archives (plain or gzipped per record): each HTTP 200 response with an HTML payload
 * becomes an article through {@link HtmlArticles}, with the target URI as its URL. Other records
 * (requests, metadata, images, redirects) are passed over silently. Record numbers count WARC
 * records from 0.
 */
public final class WarcSource extends ItemSource {
    private final WarcReader warc;
    private final ReaderOptions options;
    private int record = -1;

    public WarcSource(String file, InputStream in, ReaderOptions options) throws IOException {
        super(file);
        this.warc = new WarcReader(in);
        this.options = options;
    }

    @Override
    protected boolean fill(Deque<ReadItem> out) throws IOException {
        Optional<WarcRecord> next = warc.next();
        if (next.isEmpty()) {
            return false;
        }
        record++;
        if (!(next.get() instanceof WarcResponse response)) {
            return true;
        }
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException | IllegalArgumentException e) {
            return true;
        }
        MediaType type = http.contentType();
        String base = type.base().toString();
        if (http.status() != 200 || !(base.equals("text/html") || base.equals("application/xhtml+xml"))) {
            return true;
        }
        byte[] bytes;
        try (InputStream body = http.bodyDecoded().stream()) {
            bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, options.maxTextChars() * 4 + 1));
        }
        if (bytes.length > options.maxTextChars() * 4) {
            out.add(new ReadItem.Failure(file, record, "page is larger than " + Limits.describe(options.maxTextChars() * 4)));
            return true;
        }
        Optional<Charset> charset = Charsets.named(type.parameters().get("charset"));
        if (charset.isEmpty()) {
            charset = Charsets.declared(bytes, bytes.length);
        }
        String html;
        if (charset.isPresent()) {
            html = new String(bytes, charset.get());
        } else {
            try (Reader r = new FallbackDecodingReader(new java.io.ByteArrayInputStream(bytes))) {
                html = BoundedText.readAll(r, Long.MAX_VALUE, "page");
            }
        }
        Article article = HtmlArticles.parse(html, file, response.target(), record);
        out.add(ArticleChecks.check(article, file, record, options.maxTextChars()));
        return true;
    }

    @Override
    protected Integer currentRecord() {
        return record + 1;
    }

    @Override
    public void close() throws IOException {
        warc.close();
    }
}
