package org.kroniek.server.api;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/** One API endpoint: method, path (Javalin syntax, {@code {id}} for parameters) and handler. */
public record Route(HandlerType method, String path, Handler handler) {
}
