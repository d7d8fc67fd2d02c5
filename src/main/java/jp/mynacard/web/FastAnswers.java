package jp.mynacard.web;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jp.mynacard.release.ReleaseCatalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Serves answers already computed straight from memory on the event loop, before the request reaches
 * Quarkus REST: after each release every distinct query is computed once and then costs no more than
 * a lookup. Runs after the CORS, compression and body handlers; anything it cannot answer (not in
 * memory, an unknown asOf, If-Modified-Since alone) goes on to the REST layer unchanged.
 */
@ApplicationScoped
public class FastAnswers {

    @Inject
    ReleaseCatalog releases;

    @Inject
    AnswerCache cache;

    void register(@Observes Router router) {
        router.route("/api/v1/*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::answer);
    }

    private void answer(RoutingContext context) {
        String method = context.request().method().name();
        ReleaseCatalog.Catalog catalog = releases.now();
        if (catalog == null || !HttpCaching.isCacheable(method, context.normalizedPath())) {
            context.next();
            return;
        }
        AnswerCache.Answer answer;
        try {
            MultiMap headers = context.request().headers();
            answer = cache.get(AnswerKeys.key(context.normalizedPath(), query(context.queryParams()),
                    headers.get("Accept"), headers.get("Accept-Encoding"), catalog));
        } catch (RuntimeException e) {
            context.next(); // a bad asOf: the REST layer answers with the problem
            return;
        }
        if (answer == null) {
            context.next();
            return;
        }
        HttpServerResponse response = context.response()
                .putHeader("ETag", answer.etag())
                .putHeader("Last-Modified", answer.lastModified())
                .putHeader("Cache-Control", answer.cacheControl())
                .putHeader("Vary", HttpCaching.VARY);
        String ifNoneMatch = context.request().getHeader("If-None-Match");
        if (ifNoneMatch != null && HttpCaching.matches(ifNoneMatch, answer.etag())) {
            response.setStatusCode(304).end();
            return;
        }
        answer.headers().forEach(response::putHeader);
        if ("HEAD".equals(method)) {
            response.putHeader("Content-Length", Integer.toString(answer.body().length)).end();
        } else {
            response.end(Buffer.buffer(answer.buffer().duplicate()));
        }
    }

    private static Map<String, List<String>> query(MultiMap parameters) {
        Map<String, List<String>> query = new HashMap<>();
        parameters.forEach(entry -> query.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(entry.getValue()));
        return query;
    }
}
