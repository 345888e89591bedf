package org.kroniek.server;

/**
 * How the server listens and what it accepts. {@code token} is the bearer token that
 * {@code POST /api/articles} requires; null turns that endpoint off.
 */
public record ServerConfig(String host, int port, String token, long maxBodyBytes, int maxQueryChars,
                           int maxPageSize) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_BODY_BYTES = 2L * 1024 * 1024;
    public static final int DEFAULT_MAX_QUERY_CHARS = 500;
    public static final int DEFAULT_MAX_PAGE_SIZE = 100;

    public ServerConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        if (token != null && token.isBlank()) {
            token = null;
        }
    }

    /** Defaults on 127.0.0.1 with the given port (0 picks a free one) and token (null: no API ingest). */
    public static ServerConfig of(String host, int port, String token) {
        return new ServerConfig(host == null ? DEFAULT_HOST : host, port, token, DEFAULT_MAX_BODY_BYTES,
                DEFAULT_MAX_QUERY_CHARS, DEFAULT_MAX_PAGE_SIZE);
    }
}
