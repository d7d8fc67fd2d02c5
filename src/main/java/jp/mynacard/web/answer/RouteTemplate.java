package jp.mynacard.web.answer;

import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.RoutingContext;

/**
 * The path template of the endpoint that answers a request ({@code /api/v1/areas/{code}}), where the
 * HTTP metrics read it: Quarkus REST sets it for the answers it computes; the {@link FrontDoor} sets it
 * for those it sends itself, so that a kept answer is counted under its endpoint, not its raw URL.
 */
final class RouteTemplate {

    /** The request context's entry that Quarkus REST writes and the Micrometer HTTP binder reads. */
    private static final String KEY = "UrlPathTemplate";

    private RouteTemplate() {
    }

    static void tag(RoutingContext context, String template) {
        if (template != null && context.request() instanceof HttpServerRequestInternal request) {
            request.context().putLocal(KEY, template);
        }
    }

    static String of(RoutingContext context) {
        return context.request() instanceof HttpServerRequestInternal request ? request.context().getLocal(KEY) : null;
    }
}
