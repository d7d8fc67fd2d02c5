package jp.mynacard.web;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.Response;
import jp.mynacard.common.OffLoop;
import jp.mynacard.problem.ApiException;
import jp.mynacard.release.ReleaseCatalog;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answer pipeline, which every read of the API passes, on the event loop ahead of Quarkus REST:
 * the request is normalised once ({@link AnswerRequest}), a 304 is decided, a kept answer is sent
 * from memory, concurrent first requests for one answer share one computation, and a new answer is
 * computed by its {@link AnswerRoute} (the figure endpoints) or, for the other reads, by the REST
 * layer, whose answer {@link KeptAnswers} hands back here to be kept. A request whose parameters
 * fail goes on to the REST layer, which answers with the problem.
 */
@ApplicationScoped
public class FrontDoor {

    /** The routing context's entry that tells {@link KeptAnswers} to keep a REST answer. */
    static final String PENDING = FrontDoor.class.getName() + ".pending";
    private static final Duration LEADER_WAIT = Duration.ofSeconds(10);

    /** A REST answer to keep under these validators, and the computation it completes. */
    record Pending(Validators validators, CompletableFuture<AnswerCache.Answer> computation) {
    }

    private final ReleaseCatalog releases;
    private final AnswerCache cache;
    private final AnswerBytes bytes;
    private final AnswerCounters counters;
    private final List<CompiledRoute> routes = new ArrayList<>();
    private final ConcurrentHashMap<String, CompletableFuture<AnswerCache.Answer>> inFlight = new ConcurrentHashMap<>();

    FrontDoor(ReleaseCatalog releases, AnswerCache cache, AnswerBytes bytes, AnswerCounters counters,
              Instance<AnswerRoute.Table> tables) {
        this.releases = releases;
        this.cache = cache;
        this.bytes = bytes;
        this.counters = counters;
        tables.forEach(table -> table.routes().forEach(route -> routes.add(new CompiledRoute(route))));
    }

    /** Registered by {@link Edge}, after the headers every answer carries. */
    void answer(RoutingContext context) {
        if (!AnswerRequest.isAnswer(context.request().method().name(), context.normalizedPath())) {
            context.next();
            return;
        }
        ReleaseCatalog.Catalog catalog = releases.now();
        if (catalog != null) {
            answer(context, catalog);
        } else {
            releases.get().subscribe().with(loaded -> answer(context, loaded), context::fail);
        }
    }

    private void answer(RoutingContext context, ReleaseCatalog.Catalog catalog) {
        AnswerRequest asked;
        try {
            asked = AnswerRequest.of(context, catalog);
        } catch (RuntimeException e) {
            context.next(); // a bad asOf: the REST layer answers with the problem
            return;
        }
        // A kept answer carries its validators; only a new one needs them worked out (a hash and a date).
        String key = asked.key(catalog);
        AnswerCache.Answer kept = cache.get(key);
        if (kept == null && inFlight.containsKey(key)) {
            kept = cache.previous(asked.normalised()); // a change is being served: its answer is on the way
        }
        Validators validators = kept != null ? kept.validators() : asked.validators(catalog);
        if (asked.notModified(validators)) {
            CompiledRoute route = kept == null ? routeOf(context.normalizedPath()) : null;
            // a REST read's template is known once its answer was kept
            RouteTemplate.tag(context, kept != null ? kept.route() : route != null ? route.route.template() : null);
            counters.notModified();
            validatorHeaders(context.response(), validators).setStatusCode(304).end();
            return;
        }
        if (kept != null) {
            counters.fromMemory();
            send(context, asked, kept);
            return;
        }
        CompletableFuture<AnswerCache.Answer> mine = new CompletableFuture<>();
        CompletableFuture<AnswerCache.Answer> leader = inFlight.putIfAbsent(validators.key(), mine);
        if (leader == null) {
            compute(context, asked, validators, mine);
            return;
        }
        Uni.createFrom().completionStage(leader).ifNoItem().after(LEADER_WAIT).recoverWithItem(() -> null)
                .subscribe().with(answer -> {
                    if (answer != null) {
                        send(context, asked, answer);
                    } else {
                        compute(context, asked, validators, new CompletableFuture<>());
                    }
                });
    }

    /** Computes an answer by its route, or has the REST layer compute it; keeps it and sends it. */
    private void compute(RoutingContext context, AnswerRequest asked, Validators validators,
                         CompletableFuture<AnswerCache.Answer> computation) {
        cache.computing(validators.question());
        computation.whenComplete((answer, failure) -> {
            inFlight.remove(validators.key(), computation);
            cache.computed(validators.question());
        });
        String path = context.normalizedPath();
        CompiledRoute route = routeOf(path);
        if (route == null) {
            context.put(PENDING, new Pending(validators, computation));
            context.next();
            return;
        }
        String template = route.route.template();
        RouteTemplate.tag(context, template);
        // A question asked before has its answer kept, so it is computed once per state of the releases:
        // by code too rarely run to be compiled, which after a change held an event loop for up to 322 ms
        // (the municipal ranking; docs/benchmarks.md). A one-off question is cheapest on the event loop.
        Uni<Response> computed = cache.askedBefore(validators.question())
                ? OffLoop.subscribe(() -> route.call(path, context)) : route.call(path, context);
        computed.subscribe().with(response -> {
            if (response.getStatus() != 200) {
                computation.complete(null);
                context.next();
                return;
            }
            // Serializing and compressing a large answer takes milliseconds to tens of them.
            OffLoop.compute(() -> bytes.keep(validators, response.getEntity(), response.getMediaType(), response::getHeaderString, template))
                    .subscribe().with(answer -> {
                        computation.complete(answer);
                        send(context, asked, answer);
                    }, e -> {
                        computation.complete(null); // never leave the waiters waiting
                        context.fail(e);
                    });
        }, failure -> {
            computation.complete(null);
            if (failure instanceof ApiException) {
                context.fail(failure); // the edge renders it as REST would; computing it again there would repeat the work
            } else {
                context.next(); // e.g. a parameter's validation: the REST layer answers with the problem
            }
        });
    }

    /** The figure route whose path this is, or null (a read the REST layer answers). */
    private CompiledRoute routeOf(String path) {
        return routes.stream().filter(route -> route.matches(path)).findFirst().orElse(null);
    }

    private static void send(RoutingContext context, AnswerRequest asked, AnswerCache.Answer answer) {
        RouteTemplate.tag(context, answer.route());
        HttpServerResponse response = validatorHeaders(context.response(), answer.validators());
        answer.headers().forEach(response::putHeader);
        if (asked.head()) {
            response.putHeader("Content-Length", Integer.toString(answer.body().length)).end();
        } else {
            response.end(Buffer.buffer(answer.buffer().duplicate()));
        }
    }

    private static HttpServerResponse validatorHeaders(HttpServerResponse response, Validators validators) {
        validators.headers().forEach(response::putHeader);
        return response;
    }

    /** A route's template as a pattern whose groups are its path parameters. */
    private static final class CompiledRoute {
        private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");

        private final AnswerRoute route;
        private final Pattern pattern;
        private final List<String> names = new ArrayList<>();

        CompiledRoute(AnswerRoute route) {
            this.route = route;
            StringBuilder regex = new StringBuilder();
            Matcher parameter = PARAMETER.matcher(route.template());
            int end = 0;
            while (parameter.find()) {
                regex.append(Pattern.quote(route.template().substring(end, parameter.start()))).append("([^/]+)");
                names.add(parameter.group(1));
                end = parameter.end();
            }
            this.pattern = Pattern.compile(regex.append(Pattern.quote(route.template().substring(end))).toString());
        }

        boolean matches(String path) {
            return pattern.matcher(path).matches();
        }

        /** The route's answer to a request for its path; a bad parameter fails the Uni. */
        Uni<Response> call(String path, RoutingContext context) {
            Matcher matched = pattern.matcher(path);
            if (!matched.matches()) {
                throw new IllegalArgumentException(path + " is not " + route.template());
            }
            RequestParameters parameters = new RequestParameters() {
                @Override
                public String query(String name) {
                    return context.queryParams().get(name);
                }

                @Override
                public String path(String name) {
                    // '+' is itself in a path, not a space
                    return URLDecoder.decode(matched.group(names.indexOf(name) + 1).replace("+", "%2B"), StandardCharsets.UTF_8);
                }

                @Override
                public String header(String name) {
                    return context.request().getHeader(name);
                }

                @Override
                public HttpServerRequest request() {
                    return context.request();
                }
            };
            try {
                return route.answer().apply(parameters);
            } catch (RuntimeException e) {
                return Uni.createFrom().failure(e);
            }
        }
    }
}
