package jp.mynacard.web;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Hands an answer that the REST layer computed for the {@link FrontDoor} (the reads that have no
 * {@link AnswerRoute}) back to it: the answer is serialized once, kept, and sent as those same bytes
 * with its validators; the requests that waited for it get it too.
 */
public class KeptAnswers {

    private final AnswerBytes bytes;

    KeptAnswers(AnswerBytes bytes) {
        this.bytes = bytes;
    }

    @ServerResponseFilter
    public void keep(ContainerRequestContext request, ContainerResponseContext response, RoutingContext context,
                     HttpServerResponse vertxResponse) {
        if (!(context.get(FrontDoor.PENDING) instanceof FrontDoor.Pending pending)) {
            return;
        }
        AnswerCache.Answer answer = null;
        try {
            if (response.getStatus() == Response.Status.OK.getStatusCode()) {
                answer = bytes.keep(pending.validators(), response.getEntity(), response.getMediaType(),
                        response::getHeaderString, RouteTemplate.of(context));
                send(request, response, vertxResponse, pending.validators(), answer);
            }
        } finally {
            pending.computation().complete(answer); // null: the waiters compute their own
        }
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
