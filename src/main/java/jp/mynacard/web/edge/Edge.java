package jp.mynacard.web.edge;

import jp.mynacard.web.answer.FrontDoor;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The edge every answer passes, in order, ahead of Quarkus REST: the headers every answer carries
 * ({@link SecurityHeaders}), CORS ({@link CrossOrigin}), rate limits ({@link RateLimits}), then the answer pipeline of the API's reads
 * ({@link FrontDoor}); and problem+json for what fails before a resource runs ({@link EdgeFailures}).
 */
@ApplicationScoped
public class Edge {

    private final FrontDoor frontDoor;
    private final RateLimits rateLimits;
    private final ObjectMapper json;

    private final long maxBodyBytes;
    private final RequestLimits requestLimits;

    Edge(FrontDoor frontDoor, RateLimits rateLimits, ObjectMapper json,
         @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize, RequestLimits requestLimits) {
        this.frontDoor = frontDoor;
        this.rateLimits = rateLimits;
        this.json = json;
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.requestLimits = requestLimits;
    }

    void register(@Observes Router router) {
        // Ahead of Quarkus' own routes too (the upload limit, /q/openapi, Swagger UI), so they carry them.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::admit)
                .failureHandler(context -> EdgeFailures.failed(context, json));
        router.route("/api/v1/*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(frontDoor::answer);
        EdgeFailures.register(router, json);
    }

    /**
     * What every request passes first, in one handler: headers, the sizes of request line and headers,
     * the URI, a preflight, the body limit, the rate limits.
     */
    private void admit(RoutingContext context) {
        SecurityHeaders.apply(context);
        if (EdgeFailures.refusedSize(context, requestLimits, json) || EdgeFailures.refusedUri(context, json) || CrossOrigin.answeredPreflight(context) || EdgeFailures.refusedBody(context, maxBodyBytes, json)
                || rateLimits.refused(context)) {
            return;
        }
        context.next();
    }
}
