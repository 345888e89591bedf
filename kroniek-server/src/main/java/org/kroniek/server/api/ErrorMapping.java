package org.kroniek.server.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.kroniek.server.ui.Html;
import org.kroniek.server.ui.Layout;
import java.util.List;

/**
 * The one place where failures become responses: a JSON {@link ApiError} under {@code /api} and
 * for {@code /openapi.json}, a small HTML page elsewhere. Bad input is 4xx with its reason;
 * anything unexpected is a 500 that reveals nothing internal.
 */
public final class ErrorMapping {
    private ErrorMapping() {
    }

    public static void install(Javalin app) {
        app.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(), e.getMessage()));
        app.exception(IllegalArgumentException.class, (e, ctx) -> respond(ctx, 400, e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            System.err.println("kroniek server: " + ctx.method() + " " + ctx.path() + ": " + e);
            respond(ctx, 500, "internal error");
        });
        app.error(404, ctx -> {
            if (ctx.resultInputStream() == null) {
                respond(ctx, 404, "not found: " + ctx.path());
            }
        });
        app.error(405, ctx -> {
            if (ctx.resultInputStream() == null) {
                respond(ctx, 405, "method not allowed: " + ctx.method() + " " + ctx.path());
            }
        });
    }

    static void respond(Context ctx, int status, String message) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/") || ctx.path().equals("/openapi.json")) {
            ctx.json(new ApiError(status, message));
        } else {
            String body = new Html().el("h1", null, status == 404 ? "Not found" : "Something went wrong")
                    .el("p", "error", message).raw("<p><a href=\"/\">Back to search</a></p>").toString();
            ctx.contentType("text/html; charset=utf-8").result(Layout.page("Error " + status, "", body, List.of(), List.of()));
        }
    }
}
