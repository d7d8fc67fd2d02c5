package jp.mynacard.web.answer;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jp.mynacard.common.OffLoop;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The REST layer's side of the {@link FrontDoor}: a read the front door hands on is computed where it
 * asked (off the event loop for a question asked before), and its answer is serialized once off the
 * event loop, kept, and sent as those same bytes with its validators; the requests that waited for it
 * get it too.
 */
public class RestAnswers {

    private final AnswerBytes bytes;

    RestAnswers(AnswerBytes bytes) {
        this.bytes = bytes;
    }

    /** Moves the rest of the request's handling (the resource method and its Uni) to the CPU pool when asked. */
    @ServerRequestFilter
    public Uni<Void> place(RoutingContext context) {
        Uni<Void> now = Uni.createFrom().voidItem();
        return context.get(FrontDoor.PENDING) instanceof FrontDoor.Pending pending && pending.offLoop()
                ? now.emitOn(OffLoop.executor()) : now;
    }

    @ServerResponseFilter
    public Uni<Void> keep(ContainerRequestContext request, ContainerResponseContext response, RoutingContext context,
                          HttpServerResponse vertxResponse) {
        if (!(context.get(FrontDoor.PENDING) instanceof FrontDoor.Pending pending)) {
            return Uni.createFrom().voidItem();
        }
        if (response.getStatus() != Response.Status.OK.getStatusCode()) {
            pending.computation().complete(null); // the waiters compute their own
            return Uni.createFrom().voidItem();
        }
        String route = RouteTemplate.of(context);
        // Serializing and compressing a large answer takes milliseconds to tens of them.
        return OffLoop.compute(() -> bytes.keep(pending.validators(), response.getEntity(), response.getMediaType(),
                        response::getHeaderString, route))
                .onItemOrFailure().invoke((answer, failure) -> pending.computation().complete(answer))
                .invoke(answer -> send(request, response, vertxResponse, pending.validators(), answer))
                .replaceWithVoid();
    }

    /** The kept bytes as the answer, with their own headers and validators. */
    private static void send(ContainerRequestContext request, ContainerResponseContext response, HttpServerResponse vertxResponse,
                             Validators validators, AnswerCache.Answer answer) {
        if (!"HEAD".equals(request.getMethod())) {
            response.setEntity(answer.body(), null, response.getMediaType());
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        answer.headers().forEach(headers::putSingle);
        validators.headers().forEach(headers::putSingle);
        // The HTTP layer marks a response "identity" until it compresses it; bytes that carry their own
        // encoding must not keep that mark, which would drop theirs.
        if (answer.headers().containsKey(HttpHeaders.CONTENT_ENCODING)) {
            vertxResponse.headers().remove(HttpHeaders.CONTENT_ENCODING);
        }
    }
}
