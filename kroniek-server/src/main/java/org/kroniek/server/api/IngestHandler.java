package org.kroniek.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UnauthorizedResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.RecordJson;
import org.kroniek.server.ArticleAnalyzer;
import org.kroniek.server.ServerConfig;
import org.kroniek.store.PutResult;
import org.kroniek.store.RecordStore;

/**
 * {@code POST /api/articles}: stores articles, given as one record in the contract's JSON shape
 * ({@code application/json}) or in any format the analyzer reads (plain text, HTML, a feed,
 * JSON Lines, CSV ...), answering each article's id and whether it was new. Needs
 * {@code Authorization: Bearer TOKEN}; off (403) when the server has no token. Bodies over the
 * limit are refused with 413 before they are read whole.
 */
public final class IngestHandler {
    private final RecordStore store;
    private final ServerConfig config;
    private final ArticleAnalyzer analyzer;

    public IngestHandler(RecordStore store, ServerConfig config, ArticleAnalyzer analyzer) {
        this.store = store;
        this.config = config;
        this.analyzer = analyzer;
    }

    public void handle(Context ctx) throws IOException {
        authorize(ctx);
        byte[] body = body(ctx);
        String type = ctx.contentType() == null ? "text/plain"
                : ctx.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
        ArticleAnalyzer.Analysis analysis = type.equals("application/json")
                ? new ArticleAnalyzer.Analysis(List.of(fromJson(new String(body, StandardCharsets.UTF_8))), List.of())
                : analyze(body, type);
        if (analysis.records().isEmpty()) {
            throw new BadRequestResponse(analysis.problems().isEmpty() ? "no article found in the body"
                    : String.join("; ", analysis.problems()));
        }
        List<Map<String, String>> stored = new ArrayList<>();
        boolean anyNew = false;
        synchronized (store) {
            for (ArticleRecord record : analysis.records()) {
                PutResult result = store.put(record);
                anyNew |= result == PutResult.NEW;
                stored.add(Map.of("id", record.id(), "result", result.name().toLowerCase(Locale.ROOT)));
            }
            store.commit();
        }
        ctx.status(anyNew ? 201 : 200).json(Map.of("articles", stored, "problems", analysis.problems()));
    }

    private void authorize(Context ctx) {
        if (config.token() == null) {
            throw new ForbiddenResponse("ingest over the API is off: start the server with --token or KRONIEK_TOKEN");
        }
        String header = ctx.header("Authorization");
        String given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : "";
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), config.token().getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new UnauthorizedResponse("missing or wrong bearer token");
        }
    }

    private byte[] body(Context ctx) throws IOException {
        long max = config.maxBodyBytes();
        if (ctx.req().getContentLengthLong() > max) {
            throw tooLarge();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] buf = new byte[8192];
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                out.write(buf, 0, n);
                if (out.size() > max) {
                    throw tooLarge();
                }
            }
        }
        if (out.size() == 0) {
            throw new BadRequestResponse("empty body: send a record (application/json) or an article text");
        }
        return out.toByteArray();
    }

    private HttpResponseException tooLarge() {
        return new HttpResponseException(413, "request body over " + config.maxBodyBytes() + " bytes");
    }

    private static ArticleRecord fromJson(String body) {
        try {
            JsonNode node = RecordJson.mapper().readTree(body);
            if (!node.isObject() || !node.hasNonNull("id") || !node.hasNonNull("text")) {
                throw new BadRequestResponse("a JSON body must be a record with at least 'id' and 'text'");
            }
            return RecordJson.mapper().treeToValue(node, ArticleRecord.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new BadRequestResponse("not a valid record: " + firstLine(e.getMessage()));
        }
    }

    private ArticleAnalyzer.Analysis analyze(byte[] body, String type) {
        if (analyzer == null) {
            throw new HttpResponseException(415, "this server stores only records (application/json)");
        }
        try {
            return analyzer.analyze(body, type);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new BadRequestResponse(firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable input";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
