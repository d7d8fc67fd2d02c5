package jp.mynacard.web.edge;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
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

    // Names and values as Netty's pre-encoded ASCII strings: set on every answer, they are not encoded again.
    private static final CharSequence NOSNIFF_NAME = HttpHeaders.createOptimized("X-Content-Type-Options");
    private static final CharSequence NOSNIFF = HttpHeaders.createOptimized("nosniff");
    private static final CharSequence REFERRER_NAME = HttpHeaders.createOptimized("Referrer-Policy");
    private static final CharSequence NO_REFERRER = HttpHeaders.createOptimized("no-referrer");
    private static final CharSequence FRAME_NAME = HttpHeaders.createOptimized("X-Frame-Options");
    private static final CharSequence DENY = HttpHeaders.createOptimized("DENY");
    private static final CharSequence POLICY_NAME = HttpHeaders.createOptimized("Content-Security-Policy");
    private static final CharSequence DATA = HttpHeaders.createOptimized(DATA_POLICY);
    private static final CharSequence PAGE = HttpHeaders.createOptimized(PAGE_POLICY);
    private static final CharSequence DATE_NAME = HttpHeaders.createOptimized("Date");

    private static volatile CachedDate date = new CachedDate(0, "");

    private SecurityHeaders() {
    }

    /** The normalised path; an unreadable one (refused next, as bad-request) gets the data answers' policy. */
    private static String pathOf(RoutingContext context) {
        try {
            return context.normalizedPath();
        } catch (IllegalArgumentException unreadable) {
            return "";
        }
    }

    static void apply(RoutingContext context) {
        String path = pathOf(context);
        boolean page = "/".equals(path) || path.startsWith("/q/swagger-ui");
        MultiMap headers = context.response().headers();
        headers.set(NOSNIFF_NAME, NOSNIFF)
                .set(REFERRER_NAME, NO_REFERRER)
                .set(FRAME_NAME, DENY)
                .set(POLICY_NAME, page ? PAGE : DATA)
                .set(DATE_NAME, now());
    }

    /** The Date header's value, formatted once a second rather than once a request. */
    private static CharSequence now() {
        long second = System.currentTimeMillis() / 1000;
        CachedDate cached = date;
        if (cached.second != second) {
            cached = new CachedDate(second, HttpHeaders.createOptimized(DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    Instant.ofEpochSecond(second).atOffset(ZoneOffset.UTC))));
            date = cached;
        }
        return cached.text;
    }

    private record CachedDate(long second, CharSequence text) {
    }
}
