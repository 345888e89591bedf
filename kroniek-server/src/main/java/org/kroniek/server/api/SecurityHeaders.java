package org.kroniek.server.api;

import io.javalin.http.Context;

/**
 * Headers every response carries: a content security policy that allows scripts, styles and
 * data only from this server (so no inline script can run), no MIME sniffing, no framing and no
 * referrers. No CORS headers are ever sent: other sites' pages cannot read the API.
 */
public final class SecurityHeaders {
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    public static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
    }
}
