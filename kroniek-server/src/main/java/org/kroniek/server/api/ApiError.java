package org.kroniek.server.api;

/** The JSON body of every API error: the HTTP status and a one-line reason. */
public record ApiError(int status, String error) {
}
