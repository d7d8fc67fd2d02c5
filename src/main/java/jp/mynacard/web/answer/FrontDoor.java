package jp.mynacard.web.answer;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jp.mynacard.common.DatasetState;
import jp.mynacard.common.UnkeptReads;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The answer pipeline, which every read of the API passes, on the event loop ahead of Quarkus REST:
 * the request is normalised once ({@link AnswerRequest}), a 304 is decided, a kept answer is sent
 * from memory, concurrent first requests for one answer share one computation, and a new answer is
 * computed by the REST layer, the one declaration of every endpoint, whose answer {@link RestAnswers}
 * hands back here to be kept. A request whose parameters fail goes on to the REST layer, which
 * answers with the problem.
 */
@ApplicationScoped
public class FrontDoor {

    /** The routing context's entry that tells {@link RestAnswers} to keep a REST answer. */
    static final String PENDING = FrontDoor.class.getName() + ".pending";
    private static final Duration LEADER_WAIT = Duration.ofSeconds(10);

    /**
     * A REST answer to keep under these validators, the computation it completes, and whether it is
     * computed off the event loop.
     */
    record Pending(Validators validators, CompletableFuture<AnswerCache.Answer> computation, boolean offLoop) {
    }

    private final DatasetState releases;
    private final Set<String> unkept;
    private final AnswerCache cache;
    private final AnswerCounters counters;
    private final ConcurrentHashMap<String, CompletableFuture<AnswerCache.Answer>> inFlight = new ConcurrentHashMap<>();

    FrontDoor(DatasetState releases, Instance<UnkeptReads> unkept, AnswerCache cache, AnswerCounters counters) {
        this.releases = releases;
        this.unkept = Set.copyOf(unkept.stream().map(UnkeptReads::path).toList());
        this.cache = cache;
        this.counters = counters;
    }

    /** Registered by {@link Edge}, after the headers every answer carries. */
    public void answer(RoutingContext context) {
        if (!isAnswer(context.request().method().name(), context.normalizedPath())) {
            context.next();
            return;
        }
        DatasetState.State catalog = releases.now();
        if (catalog != null) {
            answer(context, catalog);
        } else {
            releases.get().subscribe().with(loaded -> answer(context, loaded), context::fail);
        }
    }

    /** Reads of the API: their answers depend only on the releases and the normalised request (a stream is no answer). */
    boolean isAnswer(String method, String path) {
        return ("GET".equals(method) || "HEAD".equals(method)) && path.startsWith("/api/v1/") && !unkept.contains(path);
    }

    private void answer(RoutingContext context, DatasetState.State catalog) {
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
            RouteTemplate.tag(context, kept != null ? kept.route() : null); // known once its answer was kept
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
            compute(context, validators, mine);
            return;
        }
        Uni.createFrom().completionStage(leader).ifNoItem().after(LEADER_WAIT).recoverWithItem(() -> null)
                .subscribe().with(answer -> {
                    if (answer != null) {
                        send(context, asked, answer);
                    } else {
                        compute(context, validators, new CompletableFuture<>());
                    }
                });
    }

    /**
     * Has the REST layer compute the answer ({@link RestAnswers} keeps it and completes the computation).
     * A question asked before has its answer kept, so it is computed once per state of the releases, by
     * code too rarely run to be compiled: that runs off the event loop (docs/decisions/0003-cpu-pool.md).
     * A one-off question is cheapest on the event loop.
     */
    private void compute(RoutingContext context, Validators validators, CompletableFuture<AnswerCache.Answer> computation) {
        cache.computing(validators.question());
        computation.whenComplete((answer, failure) -> {
            inFlight.remove(validators.key(), computation);
            cache.computed(validators.question());
        });
        context.put(PENDING, new Pending(validators, computation, cache.askedBefore(validators.question())));
        context.addEndHandler(ended -> computation.complete(null)); // whatever ended the request, never leave the waiters waiting
        context.next();
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
}
