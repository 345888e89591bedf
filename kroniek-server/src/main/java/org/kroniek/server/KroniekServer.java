package org.kroniek.server;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.kroniek.record.RecordJson;
import org.kroniek.server.api.ApiRoutes;
import org.kroniek.server.api.ErrorMapping;
import org.kroniek.server.api.IngestHandler;
import org.kroniek.server.api.Route;
import org.kroniek.server.api.SecurityHeaders;
import org.kroniek.server.ui.UiRoutes;
import org.kroniek.store.RecordStore;

/**
 * The Kroniek web server: the JSON API under {@code /api}, the HTML pages, and static files
 * (this server's CSS and scripts under {@code /static}, Leaflet and ECharts from their WebJars
 * under {@code /webjars}); nothing is loaded from other sites.
 * <pre>{@code
 * try (KroniekServer server = KroniekServer.start(store, ServerConfig.of("127.0.0.1", 8080, null), null)) {
 *     System.out.println(server.url());
 * }
 * }</pre>
 */
public final class KroniekServer implements AutoCloseable {
    private final Javalin app;
    private final ServerConfig config;

    private KroniekServer(Javalin app, ServerConfig config) {
        this.app = app;
        this.config = config;
    }

    /**
     * Starts serving the store.
     *
     * @param analyzer reads articles posted to {@code POST /api/articles}; null accepts records only
     */
    public static KroniekServer start(RecordStore store, ServerConfig config, ArticleAnalyzer analyzer) {
        Javalin app = create(store, config, analyzer);
        app.start(config.host(), config.port());
        return new KroniekServer(app, config);
    }

    static Javalin create(RecordStore store, ServerConfig config, ArticleAnalyzer analyzer) {
        Javalin app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.http.maxRequestSize = config.maxBodyBytes();
            c.http.defaultContentType = "application/json";
            c.jsonMapper(new JavalinJackson(RecordJson.mapper().copy(), false));
            c.staticFiles.add(s -> {
                s.hostedPath = "/static";
                s.directory = "/org/kroniek/server/static";
                s.location = Location.CLASSPATH;
                s.headers = java.util.Map.of("Cache-Control", "max-age=300");
            });
            c.staticFiles.enableWebjars();
        });
        app.before(SecurityHeaders::apply);
        for (Route r : new ApiRoutes(store, config, new IngestHandler(store, config, analyzer)).routes()) {
            app.addHttpHandler(r.method(), r.path(), r.handler());
        }
        new UiRoutes(store, config).register(app);
        ErrorMapping.install(app);
        return app;
    }

    /** The port the server listens on (the chosen one when the config asked for 0). */
    public int port() {
        return app.port();
    }

    public String url() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + ("0.0.0.0".equals(host) ? "127.0.0.1" : host) + ":" + port() + "/";
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        app.jettyServer().server().join();
    }

    @Override
    public void close() {
        app.stop();
    }
}
