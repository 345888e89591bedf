package org.kroniek.server.api;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.Claim;
import org.kroniek.record.Entity;
import org.kroniek.record.Event;
import org.kroniek.server.ServerConfig;
import org.kroniek.store.RecordStore;

/**
 * The JSON API. {@link #routes()} is the one list of endpoints: the server registers exactly
 * these, and a test checks each is documented in {@code openapi.json}.
 */
public final class ApiRoutes {
    private static final int DEFAULT_PAGE = 20;

    private final RecordStore store;
    private final ServerConfig config;
    private final IngestHandler ingest;

    public ApiRoutes(RecordStore store, ServerConfig config, IngestHandler ingest) {
        this.store = store;
        this.config = config;
        this.ingest = ingest;
    }

    public List<Route> routes() {
        return List.of(
                new Route(HandlerType.GET, "/api/search", this::search),
                new Route(HandlerType.GET, "/api/articles/{id}", this::article),
                new Route(HandlerType.POST, "/api/articles", ingest::handle),
                new Route(HandlerType.GET, "/api/entities/{id}", this::entity),
                new Route(HandlerType.GET, "/api/events/{id}", this::event),
                new Route(HandlerType.GET, "/api/claims/{id}", this::claim),
                new Route(HandlerType.GET, "/api/stories", this::stories),
                new Route(HandlerType.GET, "/api/stories/{id}", this::story),
                new Route(HandlerType.GET, "/api/timeline", this::timeline),
                new Route(HandlerType.GET, "/api/map", this::map),
                new Route(HandlerType.GET, "/openapi.json", ApiRoutes::openapi));
    }

    private void search(Context ctx) throws IOException {
        ctx.json(store.search(SearchParams.parse(ctx, config, DEFAULT_PAGE)));
    }

    private void article(Context ctx) throws IOException {
        ctx.json(store.article(ctx.pathParam("id")).orElseThrow(() -> notFound("article", ctx)));
    }

    private void entity(Context ctx) throws IOException {
        ctx.json(store.entity(ctx.pathParam("id")).orElseThrow(() -> notFound("entity", ctx)));
    }

    private void event(Context ctx) throws IOException {
        Part part = Part.parse(ctx.pathParam("id"));
        ArticleRecord r = part == null ? null : store.article(part.article()).orElse(null);
        Event v = r == null ? null : r.events().stream().filter(e -> e.id().equals(part.local())).findFirst().orElse(null);
        if (v == null) {
            throw notFound("event", ctx);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", ctx.pathParam("id"));
        out.put("event", v);
        out.put("article", ArticleRef.of(r));
        out.put("actor", entity(r, v.actor()));
        out.put("recipient", entity(r, v.recipient()));
        out.put("location", entity(r, v.location()));
        out.put("claims", r.claims().stream().filter(c -> v.claims().contains(c.id())).toList());
        out.put("instance", StoryData.instanceOf(store, r.id(), v.id()).orElse(null));
        out.put("story", store.stories(index -> index.storyOf(r.id()).map(s -> s.id()).orElse(null)));
        ctx.json(out);
    }

    private void stories(Context ctx) throws IOException {
        int limit = SearchParams.integer(ctx, "limit", DEFAULT_PAGE, 0, config.maxPageSize());
        int offset = SearchParams.integer(ctx, "offset", 0, 0, 10_000_000);
        int min = SearchParams.integer(ctx, "min_articles", 1, 1, 10_000_000);
        ctx.json(StoryData.page(store, offset, limit, min));
    }

    private void story(Context ctx) throws IOException {
        ctx.json(StoryData.detail(store, ctx.pathParam("id")).orElseThrow(() -> notFound("story", ctx)));
    }

    private void claim(Context ctx) throws IOException {
        Part part = Part.parse(ctx.pathParam("id"));
        ArticleRecord r = part == null ? null : store.article(part.article()).orElse(null);
        Claim c = r == null ? null : r.claims().stream().filter(x -> x.id().equals(part.local())).findFirst().orElse(null);
        if (c == null) {
            throw notFound("claim", ctx);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", ctx.pathParam("id"));
        out.put("claim", c);
        out.put("article", ArticleRef.of(r));
        out.put("speaker", entity(r, c.speaker().entity()));
        out.put("via", entity(r, c.via()));
        out.put("events", r.events().stream().filter(v -> v.claims().contains(c.id())).toList());
        ctx.json(out);
    }

    private void timeline(Context ctx) throws IOException {
        ctx.json(TimelineData.of(store, SearchParams.parse(ctx, config, 0)));
    }

    private void map(Context ctx) throws IOException {
        ctx.json(MapData.of(store, SearchParams.parse(ctx, config, 0)));
    }

    private static void openapi(Context ctx) {
        try (InputStream in = ApiRoutes.class.getResourceAsStream("/org/kroniek/server/openapi.json")) {
            ctx.contentType("application/json").result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Entity entity(ArticleRecord r, String id) {
        return id == null ? null : r.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    private static NotFoundResponse notFound(String what, Context ctx) {
        return new NotFoundResponse("no " + what + " with id '" + ctx.pathParam("id") + "'");
    }

    /** The article a record belongs to, as API answers cite it. */
    public record ArticleRef(String id, String title, String published, String language) {
        static ArticleRef of(ArticleRecord r) {
            return new ArticleRef(r.id(), r.title(), r.published() == null ? null : r.published().value(), r.language());
        }
    }

    /**
     * An event or claim id: the article id, a dash and the id within the record
     * ({@code 3fa2...-c1}).
     */
    public record Part(String article, String local) {
        public static Part parse(String id) {
            int dash = id.lastIndexOf('-');
            return dash <= 0 || dash == id.length() - 1 ? null : new Part(id.substring(0, dash), id.substring(dash + 1));
        }
    }
}
