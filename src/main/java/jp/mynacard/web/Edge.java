package jp.mynacard.web;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The edge every answer passes, in order, ahead of Quarkus REST: the headers every answer carries
 * ({@link SecurityHeaders}), CORS ({@link CrossOrigin}), then the answer pipeline of the API's reads
 * ({@link FrontDoor}).
 */
@ApplicationScoped
public class Edge {

    private final FrontDoor frontDoor;

    Edge(FrontDoor frontDoor) {
        this.frontDoor = frontDoor;
    }

    void register(@Observes Router router) {
        // Ahead of Quarkus' own routes too (the upload limit, /q/openapi, Swagger UI), so they carry them.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 2).handler(SecurityHeaders::handle);
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(CrossOrigin::handle);
        router.route("/api/v1/*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(frontDoor::answer);
    }
}
