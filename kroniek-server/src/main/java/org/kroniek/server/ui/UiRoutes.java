package org.kroniek.server.ui;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.Map;
import org.kroniek.server.ServerConfig;
import org.kroniek.server.api.ApiRoutes;
import org.kroniek.server.api.SearchParams;
import org.kroniek.server.api.StoryData;
import org.kroniek.store.DocType;
import org.kroniek.store.RecordStore;
import org.kroniek.store.SearchQuery;

/** The HTML pages: search, article, entity, claim ledger, stories, timeline and map. */
public final class UiRoutes {
    private static final int PAGE = 20;
    private static final int LEDGER_ROWS = 1000;

    private final RecordStore store;
    private final ServerConfig config;

    public UiRoutes(RecordStore store, ServerConfig config) {
        this.store = store;
        this.config = config;
    }

    public void register(Javalin app) {
        app.get("/", this::search);
        app.get("/articles/{id}", this::article);
        app.get("/entities/{id}", this::entity);
        app.get("/claims", this::ledger);
        app.get("/claims/{id}", ctx -> redirectToPart(ctx, "claim-"));
        app.get("/events/{id}", ctx -> redirectToPart(ctx, "event-"));
        app.get("/stories", this::stories);
        app.get("/stories/{id}", this::story);
        app.get("/timeline", ctx -> html(ctx, ChartPages.timeline(SearchParams.of(ctx))));
        app.get("/map", ctx -> html(ctx, ChartPages.map(SearchParams.of(ctx))));
    }

    private void search(Context ctx) throws IOException {
        SearchQuery q = SearchParams.parse(ctx, config, PAGE);
        html(ctx, SearchPage.render(q, SearchParams.of(ctx), store.search(q), store.count(DocType.ARTICLE)));
    }

    private void article(Context ctx) throws IOException {
        var record = store.article(ctx.pathParam("id"))
                .orElseThrow(() -> new NotFoundResponse("no article with id '" + ctx.pathParam("id") + "'"));
        html(ctx, ArticlePage.render(record));
    }

    private void entity(Context ctx) throws IOException {
        var profile = store.entity(ctx.pathParam("id"))
                .orElseThrow(() -> new NotFoundResponse("no entity with id '" + ctx.pathParam("id") + "'"));
        html(ctx, EntityPage.render(profile));
    }

    private void stories(Context ctx) throws IOException {
        int min = SearchParams.integer(ctx, "min_articles", 2, 1, 10_000_000);
        int offset = SearchParams.integer(ctx, "offset", 0, 0, 10_000_000);
        html(ctx, StoryPages.list(StoryData.page(store, offset, PAGE * 2, min), min));
    }

    private void story(Context ctx) throws IOException {
        var detail = StoryData.detail(store, ctx.pathParam("id"))
                .orElseThrow(() -> new NotFoundResponse("no story with id '" + ctx.pathParam("id") + "'"));
        html(ctx, StoryPages.detail(detail));
    }

    private void ledger(Context ctx) throws IOException {
        SearchQuery q = SearchParams.parse(ctx, config, 0).withType(DocType.CLAIM).withPage(0, LEDGER_ROWS);
        Map<String, String> params = SearchParams.of(ctx);
        String sort = ctx.queryParam("sort");
        String dir = ctx.queryParam("dir");
        html(ctx, ClaimLedgerPage.render(params, store.search(q), sort, "desc".equals(dir)));
    }

    private static void redirectToPart(Context ctx, String anchor) {
        ApiRoutes.Part part = ApiRoutes.Part.parse(ctx.pathParam("id"));
        if (part == null) {
            throw new NotFoundResponse("no such id: " + ctx.pathParam("id"));
        }
        ctx.redirect(Urls.articleAt(part.article(), anchor + part.local()));
    }

    private static void html(Context ctx, String page) {
        ctx.contentType("text/html; charset=utf-8").result(page);
    }
}
