package jp.mynacard.web;

import io.quarkus.arc.ClientProxy;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jp.mynacard.release.ReleaseCatalog;
import jp.mynacard.release.Vintage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Serves answers straight from memory on the event loop, before the request reaches Quarkus REST:
 * after each release every distinct query is computed once and then costs no more than a lookup. A
 * latest-state JSON answer not in memory yet, of a {@link DirectlyCalled} resource, is computed here by
 * calling the resource method itself (half the cost of going through the REST layer, which matters for
 * the many one-off figure queries) and kept like any other. Runs after the CORS, compression and body
 * handlers; anything else (CSV, asOf, a bad parameter, If-Modified-Since alone) goes on to the REST
 * layer unchanged, which answers and stores it, or answers with the problem.
 */
@ApplicationScoped
public class FastAnswers {

    @Inject
    ReleaseCatalog releases;

    @Inject
    AnswerCache cache;

    @Inject
    AnswerBytes answers;

    @Inject
    Instance<DirectlyCalled> resources;

    private List<DirectCall> calls;

    void register(@Observes Router router) {
        calls = resources.stream().map(ClientProxy::unwrap).flatMap(DirectCall::of).toList();
        router.route("/api/v1/*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::answer);
    }

    private void answer(RoutingContext context) {
        String method = context.request().method().name();
        ReleaseCatalog.Catalog catalog = releases.now();
        if (catalog == null || !HttpCaching.isCacheable(method, context.normalizedPath())) {
            context.next();
            return;
        }
        Map<String, List<String>> query = query(context.queryParams());
        MultiMap headers = context.request().headers();
        AnswerKeys.Asked asked;
        try {
            asked = AnswerKeys.Asked.of(context.normalizedPath(), query, headers.get("Accept"),
                    headers.get("Accept-Encoding"), catalog);
        } catch (RuntimeException e) {
            context.next(); // a bad asOf: the REST layer answers with the problem
            return;
        }
        AnswerCache.Answer answer = cache.get(asked.key(catalog));
        if (answer != null) {
            send(context, answer);
        } else if (!compute(context, query, asked, catalog)) {
            context.next();
        }
    }

    /**
     * Computes a latest-state JSON answer by calling its resource method, keeps it and sends it; false
     * if this request is not one to compute here. A failure (a bad parameter) goes on to the REST layer.
     */
    private boolean compute(RoutingContext context, Map<String, List<String>> query, AnswerKeys.Asked asked,
                            ReleaseCatalog.Catalog catalog) {
        MultiMap headers = context.request().headers();
        boolean wantsJson = !query.containsKey("format") && !OutputFormat.prefersCsv(headers.get("Accept"));
        if (!"GET".equals(context.request().method().name()) || !wantsJson || query.containsKey(Vintage.PARAMETER)
                || headers.contains("If-Modified-Since") && !headers.contains("If-None-Match")) {
            return false;
        }
        String path = context.normalizedPath();
        Uni<Response> call = calls.stream().map(c -> c.call(path, context)).filter(Objects::nonNull).findFirst().orElse(null);
        if (call == null) {
            return false;
        }
        AnswerKeys.Validators validators = asked.validators(catalog);
        call.subscribe().with(response -> {
            if (response.getStatus() != 200) {
                context.next();
                return;
            }
            try {
                AnswerCache.Answer answer = answers.keep(validators, response.getEntity(),
                        response.getMediaType(), response::getHeaderString);
                send(context, answer);
            } catch (RuntimeException e) {
                context.fail(e);
            }
        }, failure -> context.next());
        return true;
    }

    private static void send(RoutingContext context, AnswerCache.Answer answer) {
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
        if ("HEAD".equals(context.request().method().name())) {
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
