package org.kroniek.cli;

import org.kroniek.server.ServerConfig;
import picocli.CommandLine.Option;

/** Listening options shared by {@code serve} and {@code demo}. */
final class ServeOptions {
    @Option(names = "--host", defaultValue = ServerConfig.DEFAULT_HOST,
            description = "Address to bind (default ${DEFAULT-VALUE}: this machine only).")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Bearer token that POST /api/articles requires (default: env KRONIEK_TOKEN; none turns it off).")
    String token;

    ServerConfig config() {
        String t = token != null ? token : System.getenv("KRONIEK_TOKEN");
        try {
            return ServerConfig.of(host, port, t);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }
}
