package jp.mynacard.web.edge;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * CORS for a public, credential-free API: every read answers {@code Access-Control-Allow-Origin: *},
 * whatever the Origin. The answer does not depend on the Origin, so a shared cache keeps one copy for
 * every site (an echoed origin would need {@code Vary: Origin} and a copy per site). A preflight is
 * answered for reads only: writes are for operators' tools, not for pages in browsers.
 */
final class CrossOrigin {

    static final String ALLOWED_METHODS = "GET, HEAD";
    /** Request headers a page may send beyond the safelisted ones: the conditional headers of revalidation. */
    static final String ALLOWED_HEADERS = "If-None-Match, If-Modified-Since";
    /** Response headers a page may read beyond the safelisted ones. */
    static final String EXPOSED_HEADERS = "ETag, Link, Content-Disposition, Retry-After, RateLimit, RateLimit-Policy";
    private static final String PREFLIGHT_MAX_AGE = "86400";
    private static final CharSequence ALLOW_ORIGIN = HttpHeaders.createOptimized("Access-Control-Allow-Origin");
    private static final CharSequence ANY = HttpHeaders.createOptimized("*");
    private static final CharSequence EXPOSE = HttpHeaders.createOptimized("Access-Control-Expose-Headers");
    private static final CharSequence EXPOSED = HttpHeaders.createOptimized(EXPOSED_HEADERS);

    private CrossOrigin() {
    }

    /** Adds a read's CORS headers; answers a preflight itself (true). */
    static boolean answeredPreflight(RoutingContext context) {
        HttpMethod method = context.request().method();
        HttpServerResponse response = context.response();
        if (method == HttpMethod.OPTIONS && context.request().getHeader("Access-Control-Request-Method") != null) {
            String asked = context.request().getHeader("Access-Control-Request-Method");
            if ("GET".equals(asked) || "HEAD".equals(asked)) {
                response.putHeader(ALLOW_ORIGIN, ANY)
                        .putHeader("Access-Control-Allow-Methods", ALLOWED_METHODS)
                        .putHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS)
                        .putHeader("Access-Control-Max-Age", PREFLIGHT_MAX_AGE);
            }
            response.setStatusCode(204).end();
            return true;
        }
        if (method == HttpMethod.GET || method == HttpMethod.HEAD) {
            response.putHeader(ALLOW_ORIGIN, ANY).putHeader(EXPOSE, EXPOSED);
        }
        return false;
    }
}
