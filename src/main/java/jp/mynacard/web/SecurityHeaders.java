package jp.mynacard.web;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Headers every answer carries: no MIME sniffing, no referrer, no framing, a Content-Security-Policy
 * (none at all for data; for the HTML pages, what Swagger UI and the landing page need: their own
 * scripts and styles, inline ones included), and {@code Date}, which the HTTP server does not send.
 * No header names the server or its version.
 */
final class SecurityHeaders {

    /** Data answers load nothing and may be framed by nobody. */
    static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";
    /** Swagger UI and the landing page: this origin only; Swagger UI's bundle has inline script and styles. */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private static volatile CachedDate date = new CachedDate(0, "");

    private SecurityHeaders() {
    }

    static void handle(RoutingContext context) {
        String path = context.normalizedPath();
        boolean page = "/".equals(path) || path.startsWith("/q/swagger-ui");
        MultiMap headers = context.response().headers();
        headers.set("X-Content-Type-Options", "nosniff")
                .set("Referrer-Policy", "no-referrer")
                .set("X-Frame-Options", "DENY")
                .set("Content-Security-Policy", page ? PAGE_POLICY : DATA_POLICY)
                .set("Date", now());
        context.next();
    }

    /** The Date header's value, formatted once a second rather than once a request. */
    private static String now() {
        long second = System.currentTimeMillis() / 1000;
        CachedDate cached = date;
        if (cached.second != second) {
            cached = new CachedDate(second, DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    Instant.ofEpochSecond(second).atOffset(ZoneOffset.UTC)));
            date = cached;
        }
        return cached.text;
    }

    private record CachedDate(long second, String text) {
    }
}
