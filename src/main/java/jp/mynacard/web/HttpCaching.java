package jp.mynacard.web;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jp.mynacard.release.ReleaseCatalog;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Validators and cache headers for every GET of the API, on the answers that {@link FastAnswers} did
 * not serve from memory. An answer depends only on the releases and the normalised query, so the
 * strong ETag is known before any work is done: a matching If-None-Match (or an unchanged
 * If-Modified-Since) gets 304 at once. Latest views are cached briefly; an {@code asOf} answer can
 * never change and is cached for a year as immutable. Computed answers are kept as bytes, compressed
 * once for clients that accept gzip ({@link AnswerBytes}).
 */
public class HttpCaching {

    private static final String VALIDATORS = HttpCaching.class.getName();
    private static final String FROM_CACHE = VALIDATORS + ".hit";
    private static final String LEADER = VALIDATORS + ".leader";
    private static final Duration LEADER_WAIT = Duration.ofSeconds(10);
    static final String VARY = "Accept, Accept-Encoding";

    @Inject
    ReleaseCatalog releases;

    @Inject
    AnswerCache cache;

    @Inject
    AnswerBytes answers;

    private final ConcurrentHashMap<String, CompletableFuture<AnswerCache.Answer>> inFlight = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Uni<Response> answerFromValidators(ContainerRequestContext request, HttpServerResponse vertxResponse) {
        if (!isCacheable(request.getMethod(), request.getUriInfo().getPath())) {
            return Uni.createFrom().nullItem();
        }
        return releases.get().chain(catalog -> {
            AnswerKeys.Validators validators = AnswerKeys.validators(request.getUriInfo().getPath(),
                    request.getUriInfo().getQueryParameters(), request.getHeaderString(HttpHeaders.ACCEPT),
                    request.getHeaderString(HttpHeaders.ACCEPT_ENCODING), catalog);
            request.setProperty(VALIDATORS, validators);
            if (notModified(request, validators)) {
                return Uni.createFrom().item(Response.notModified().header(HttpHeaders.ETAG, validators.etag())
                        .header(HttpHeaders.LAST_MODIFIED, validators.lastModifiedHeader())
                        .header(HttpHeaders.CACHE_CONTROL, validators.cacheControl())
                        .header(HttpHeaders.VARY, VARY).build());
            }
            return "GET".equals(request.getMethod()) ? fromCache(request, vertxResponse, validators.key()) : Uni.createFrom().nullItem();
        });
    }

    @ServerResponseFilter
    @SuppressWarnings("unchecked")
    public void addValidators(ContainerRequestContext request, ContainerResponseContext response) {
        AnswerCache.Answer answer = null;
        if (request.getProperty(VALIDATORS) instanceof AnswerKeys.Validators validators && response.getStatus() == 200) {
            if (request.getProperty(FROM_CACHE) == null && "GET".equals(request.getMethod())) {
                answer = store(validators, response);
            }
            MultivaluedMap<String, Object> headers = response.getHeaders();
            headers.putSingle(HttpHeaders.ETAG, validators.etag());
            headers.putSingle(HttpHeaders.LAST_MODIFIED, validators.lastModifiedHeader());
            headers.putSingle(HttpHeaders.CACHE_CONTROL, validators.cacheControl());
            headers.putSingle(HttpHeaders.VARY, VARY);
        }
        if (request.getProperty(LEADER) instanceof CompletableFuture<?> leader) {
            inFlight.values().remove(leader);
            ((CompletableFuture<AnswerCache.Answer>) leader).complete(answer); // null: the waiters compute their own
        }
    }

    static boolean isCacheable(String method, String path) {
        return ("GET".equals(method) || "HEAD".equals(method)) && path.startsWith("/api/v1/");
    }

    /**
     * A stored answer, or null to compute it. Of concurrent requests for an answer not stored yet, the
     * first computes it and the others wait for it (a burst after a release runs each query once).
     */
    private Uni<Response> fromCache(ContainerRequestContext request, HttpServerResponse vertxResponse, String key) {
        AnswerCache.Answer answer = cache.get(key);
        if (answer != null) {
            return Uni.createFrom().item(stored(request, vertxResponse, answer));
        }
        CompletableFuture<AnswerCache.Answer> mine = new CompletableFuture<>();
        CompletableFuture<AnswerCache.Answer> leader = inFlight.putIfAbsent(key, mine);
        if (leader == null) {
            request.setProperty(LEADER, mine);
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().completionStage(leader)
                .ifNoItem().after(LEADER_WAIT).recoverWithItem(() -> {
                    inFlight.remove(key, leader);
                    return null;
                })
                .map(computed -> computed == null ? null : stored(request, vertxResponse, computed));
    }

    private static Response stored(ContainerRequestContext request, HttpServerResponse vertxResponse, AnswerCache.Answer answer) {
        request.setProperty(FROM_CACHE, Boolean.TRUE);
        // The HTTP layer marks every response "identity" until a compressible one is produced; an answer
        // that already carries its encoding must not keep that mark, which would drop its own.
        if (answer.headers().containsKey(HttpHeaders.CONTENT_ENCODING)) {
            vertxResponse.headers().remove(HttpHeaders.CONTENT_ENCODING);
        }
        Response.ResponseBuilder response = Response.ok(answer.body());
        answer.headers().forEach(response::header);
        return response.build();
    }

    /** Serializes the answer once, keeps the bytes, and sends those same bytes now. */
    private AnswerCache.Answer store(AnswerKeys.Validators validators, ContainerResponseContext response) {
        AnswerCache.Answer answer = answers.keep(validators, response.getEntity(), response.getMediaType(),
                response::getHeaderString);
        response.setEntity(answer.body(), null, response.getMediaType());
        answer.headers().forEach(response.getHeaders()::putSingle); // with its Content-Encoding
        return answer;
    }

    private static boolean notModified(ContainerRequestContext request, AnswerKeys.Validators validators) {
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return matches(ifNoneMatch, validators.etag());
        }
        String ifModifiedSince = request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE);
        if (ifModifiedSince == null) {
            return false;
        }
        try {
            OffsetDateTime since = OffsetDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME);
            return !validators.lastModified().withNano(0).isAfter(since);
        } catch (RuntimeException e) {
            return false; // an unreadable date is ignored, as RFC 9110 says
        }
    }

    /** If-None-Match: a list of tags, or "*"; weak comparison as RFC 9110 asks for GET. */
    static boolean matches(String ifNoneMatch, String etag) {
        return Stream.of(ifNoneMatch.split(",")).map(String::strip)
                .anyMatch(candidate -> candidate.equals("*") || candidate.equals(etag) || candidate.equals("W/" + etag));
    }
}
