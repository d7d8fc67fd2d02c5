package jp.mynacard.web.edge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jp.mynacard.problem.ApiException;
import jp.mynacard.problem.Problem;
import jp.mynacard.problem.ProblemType;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

/**
 * problem+json for the failures the HTTP layer decides before any resource runs: a URI that cannot be
 * read (raw non-ASCII bytes, a bad percent-escape), a body over the limit, a method or path nobody
 * serves. Quarkus REST answers its own failures with problem+json (ProblemMappers); these reach the
 * router's error handlers instead, which would answer with an empty body.
 */
final class EdgeFailures {

    private static final Logger LOG = Logger.getLogger(EdgeFailures.class);
    private static final Map<Integer, String> DETAILS = Map.of(
            400, "The request could not be read. Percent-encode non-ASCII characters in the URL as UTF-8 "
                    + "(curl: --data-urlencode with -G), e.g. area=%E6%9D%B1%E4%BA%AC for area=東京.",
            404, "Nothing is served here; see /q/swagger-ui for the API.",
            405, "This method is not allowed here.",
            413, "The upload is over the limit (mynacard.upload.max-bytes).",
            414, "The request line (method and URL) is too long; ask for fewer areas or metrics at once, or page.",
            415, "This media type is not accepted here.",
            431, "The request's headers are too large.",
            500, Problem.INTERNAL_DETAIL);

    /** What a request line holds besides its method and URI: " ", " HTTP/1.1" and its CRLF. */
    private static final int REQUEST_LINE_REST = 12;
    /** What a header line holds besides its name and value: ": " and its CRLF. */
    private static final int HEADER_LINE_REST = 4;

    private EdgeFailures() {
    }

    static void register(Router router, ObjectMapper json) {
        DETAILS.keySet().forEach(status -> router.errorHandler(status, context -> answer(context, status, json)));
    }

    /**
     * A body announced over {@code maxBytes} is refused before it is read, with problem+json, where the
     * HTTP layer's own limit would answer with an empty body; the connection closes, as the unread body
     * would otherwise be taken for the next request.
     */
    static boolean refusedBody(RoutingContext context, long maxBytes, ObjectMapper json) {
        String length = context.request().getHeader("Content-Length");
        if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                && Long.parseLong(length) > maxBytes) {
            context.response().putHeader("Connection", "close")
                    .endHandler(sent -> context.request().connection().close());
            answer(context, 413, json);
            return true;
        }
        return false;
    }

    /**
     * A request line or headers over the edge's limits get 414 or 431 with problem+json. The HTTP layer's
     * own limits, which answer with an empty body before any handler (Quarkus exposes no hook for them:
     * quarkusio/quarkus#55082), are set well above these, so only what no client sends reaches them.
     */
    static boolean refusedSize(RoutingContext context, RequestLimits limits, ObjectMapper json) {
        HttpServerRequest request = context.request();
        if (request.method().name().length() + request.uri().length() + REQUEST_LINE_REST > limits.requestLine()) {
            answer(context, 414, json);
            return true;
        }
        long headers = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headers += header.getKey().length() + header.getValue().length() + HEADER_LINE_REST;
        }
        if (headers > limits.headers()) {
            answer(context, 431, json);
            return true;
        }
        return false;
    }

    /**
     * A request line that is no URI (raw non-ASCII bytes, as curl sends {@code ?area=東京}; a space; a bad
     * {@code %} escape) is refused with problem+json before anything reads it. Quarkus' own check, which
     * answers these with an empty 400 before any route, is turned off ({@code vertx.disableURIValidation},
     * set by {@link jp.mynacard.Main}) so that this one answers them.
     */
    static boolean refusedUri(RoutingContext context, ObjectMapper json) {
        try {
            new URI(context.request().uri());
            return false;
        } catch (URISyntaxException e) {
            answer(context, 400, json);
            return true;
        }
    }

    /** A failure raised on a route (ahead of Quarkus' own handler, which answers with an HTML page). */
    static void failed(RoutingContext context, ObjectMapper json) {
        int status = context.failure() instanceof ApiException known ? known.status()
                : context.statusCode() > 0 ? context.statusCode() : 500;
        answer(context, status, json);
    }

    private static void answer(RoutingContext context, int status, ObjectMapper json) {
        HttpServerResponse response = context.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        Problem problem;
        if (context.failure() instanceof ApiException known) { // e.g. the database unavailable before any resource ran
            problem = known.toProblem(path(context));
        } else {
            if (status == 500) {
                LOG.error("Unexpected failure on " + path(context), context.failure());
            }
            ProblemType type = ProblemType.ofHttpStatus(status);
            problem = Problem.of(type, status, DETAILS.get(status), path(context));
        }
        send(context, problem, json);
    }

    /** Answers with a problem from the edge, with the headers its answer carries (as REST's mappers do). */
    static void send(RoutingContext context, Problem problem, ObjectMapper json) {
        HttpServerResponse response = context.response();
        try {
            byte[] body = json.writeValueAsBytes(problem);
            problem.headers().forEach(response::putHeader);
            response.setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE).end(Buffer.buffer(body));
        } catch (JsonProcessingException e) {
            response.setStatusCode(problem.status()).end();
        }
    }

    /** The request's path, or null where it cannot be read (the reason for a 400). */
    private static String path(RoutingContext context) {
        try {
            return context.request().path();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
