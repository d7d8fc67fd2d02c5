package jp.mynacard.web.edge;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jp.mynacard.common.ApiClients;
import jp.mynacard.problem.Problem;
import jp.mynacard.problem.ProblemType;

import java.time.Duration;
import java.util.Locale;

/**
 * Limits what one client may ask ({@link RateLimitSettings}): a token bucket per address, or per API
 * key for a client that presents one, and a stricter one per address for failed authentications, which
 * when spent refuses that address's writes. A refusal is 429 problem+json with Retry-After, and says
 * the budget in the IETF RateLimit-Policy and RateLimit headers. Health probes and the metrics
 * scrape are never limited. Answers well within budget carry no RateLimit headers (the draft allows it): a client
 * sees them once it has spent half its burst, and always on a 429. Refusals are counted by budget
 * ({@code mynacard_rate_limit_rejections_total{budget=...}} at /q/metrics).
 */
@ApplicationScoped
public class RateLimits {

    public static final String POLICY = "RateLimit-Policy";
    public static final String STATE = "RateLimit";

    private final RateLimitSettings settings;
    private final ApiClients keys;
    private final ObjectMapper json;
    private final MeterRegistry registry;
    private final Cache<String, TokenBucket> byAddress = buckets();
    private final Cache<String, TokenBucket> byKey = buckets();
    private final Cache<String, TokenBucket> failedAuthentications = buckets();

    RateLimits(RateLimitSettings settings, ApiClients keys, ObjectMapper json, MeterRegistry registry) {
        this.settings = settings;
        this.keys = keys;
        this.json = json;
        this.registry = registry;
    }

    /** Whether the request is over its budget, and answered with 429. */
    boolean refused(RoutingContext context) {
        if (!settings.enabled() || context.normalizedPath().startsWith("/q/health") || context.normalizedPath().startsWith("/q/metrics")) {
            return false;
        }
        String address = context.request().remoteAddress() == null ? "unknown" : context.request().remoteAddress().hostAddress();
        HttpMethod method = context.request().method();
        boolean write = method != HttpMethod.GET && method != HttpMethod.HEAD && method != HttpMethod.OPTIONS;
        if (write) {
            TokenBucket failures = bucket(failedAuthentications, address, settings.failedAuthentication());
            if (failures.empty()) {
                refuse(context, "failed-authentication", failures, settings.failedAuthentication(),
                        "Too many failed authentications from this address; try again later.");
                return true;
            }
            context.addHeadersEndHandler(ignored -> {
                if (context.response().getStatusCode() == 401) {
                    failures.take();
                }
            });
        }
        String key = context.request().getHeader("Authorization") == null ? null
                : keys.name(context.request().getHeader("Authorization")).orElse(null);
        String name = key != null ? "key" : "address";
        RateLimitSettings.Budget budget = key != null ? settings.key() : settings.address();
        TokenBucket bucket = key != null ? bucket(byKey, key, budget) : bucket(byAddress, address, budget);
        if (!bucket.take()) {
            refuse(context, name, bucket, budget, "Too many requests from this " + (key != null ? "key" : "address")
                    + "; slow down to " + format(budget.perSecond()) + " a second.");
            return true;
        }
        if (bucket.remaining() * 2 < budget.burst()) { // the state only when half the budget is spent
            describe(context.response(), name, bucket, budget);
        }
        return false;
    }

    private static Cache<String, TokenBucket> buckets() {
        return Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();
    }

    private static TokenBucket bucket(Cache<String, TokenBucket> buckets, String id, RateLimitSettings.Budget budget) {
        return buckets.get(id, ignored -> new TokenBucket(budget.burst(), budget.perSecond()));
    }

    private void refuse(RoutingContext context, String name, TokenBucket bucket, RateLimitSettings.Budget budget, String detail) {
        registry.counter("mynacard.rate.limit.rejections", "budget", name).increment();
        describe(context.response(), name, bucket, budget);
        context.response().putHeader("Retry-After", Long.toString(bucket.secondsUntilToken()));
        ProblemType type = ProblemType.TOO_MANY_REQUESTS;
        EdgeFailures.send(context, Problem.of(type, type.status(), detail, context.request().path()), json);
    }

    /** draft-ietf-httpapi-ratelimit-headers: the quota and its window, then what remains and when it is whole again. */
    private static void describe(HttpServerResponse response, String name, TokenBucket bucket, RateLimitSettings.Budget budget) {
        long window = Math.max(1, Math.round(budget.burst() / budget.perSecond()));
        response.putHeader(POLICY, "\"" + name + "\";q=" + budget.burst() + ";w=" + window)
                .putHeader(STATE, "\"" + name + "\";r=" + bucket.remaining() + ";t=" + bucket.secondsUntilFull());
    }

    private static String format(double perSecond) {
        return perSecond == Math.rint(perSecond) ? Long.toString((long) perSecond) : String.format(Locale.ROOT, "%.2f", perSecond);
    }
}
