package jp.mynacard.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jp.mynacard.release.Release;
import jp.mynacard.release.ReleaseCatalog;
import jp.mynacard.release.Vintage;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Validators and cache headers for every GET of the API. An answer depends only on the releases and
 * the normalised query, so the strong ETag is derived from those before any work is done, and a
 * matching If-None-Match (or an unchanged If-Modified-Since) gets 304 at once. Latest views are cached
 * briefly; an {@code asOf} answer can never change and is cached for a year as immutable. The same
 * ETag keys the {@link AnswerCache}: a GET whose answer was computed before is served as stored bytes.
 */
public class HttpCaching {

    static final String LATEST_CACHE = "public, max-age=60";
    static final String IMMUTABLE_CACHE = "public, max-age=31536000, immutable";
    private static final String VALIDATORS = HttpCaching.class.getName();
    private static final String FROM_CACHE = VALIDATORS + ".hit";
    private static final String LEADER = VALIDATORS + ".leader";
    private static final Duration LEADER_WAIT = Duration.ofSeconds(10);
    private static final List<String> STORED_HEADERS = List.of("Content-Disposition", "Link");

    @Inject
    ReleaseCatalog releases;

    @Inject
    AnswerCache cache;

    @Inject
    ObjectMapper json;

    private final ConcurrentHashMap<String, CompletableFuture<AnswerCache.Answer>> inFlight = new ConcurrentHashMap<>();

    record Validators(EntityTag etag, OffsetDateTime lastModified, String cacheControl) {
    }

    @ServerRequestFilter
    public Uni<Response> answerFromValidators(ContainerRequestContext request) {
        if (!isCacheable(request)) {
            return Uni.createFrom().nullItem();
        }
        return releases.get().chain(catalog -> {
            Validators validators = validators(request, catalog.releases());
            request.setProperty(VALIDATORS, validators);
            if (notModified(request, validators)) {
                return Uni.createFrom().item(withValidators(Response.notModified(), validators).build());
            }
            return "GET".equals(request.getMethod()) ? fromCache(request, validators.etag().toString())
                    : Uni.createFrom().nullItem();
        });
    }

    /**
     * A stored answer, or null to compute it. Of concurrent requests for an answer not stored yet, the
     * first computes it and the others wait for it (a burst after a release runs each query once).
     */
    private Uni<Response> fromCache(ContainerRequestContext request, String etag) {
        AnswerCache.Answer answer = cache.get(etag);
        if (answer != null) {
            return Uni.createFrom().item(stored(request, answer));
        }
        CompletableFuture<AnswerCache.Answer> mine = new CompletableFuture<>();
        CompletableFuture<AnswerCache.Answer> leader = inFlight.putIfAbsent(etag, mine);
        if (leader == null) {
            request.setProperty(LEADER, mine);
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().completionStage(leader)
                .ifNoItem().after(LEADER_WAIT).recoverWithItem(() -> {
                    inFlight.remove(etag, leader);
                    return null;
                })
                .map(computed -> computed == null ? null : stored(request, computed));
    }

    private static Response stored(ContainerRequestContext request, AnswerCache.Answer answer) {
        request.setProperty(FROM_CACHE, Boolean.TRUE);
        Response.ResponseBuilder response = Response.ok(answer.body());
        answer.headers().forEach(response::header);
        return response.build();
    }

    @ServerResponseFilter
    @SuppressWarnings("unchecked")
    public void addValidators(ContainerRequestContext request, ContainerResponseContext response) {
        AnswerCache.Answer answer = null;
        if (request.getProperty(VALIDATORS) instanceof Validators validators && response.getStatus() == 200) {
            if (request.getProperty(FROM_CACHE) == null && "GET".equals(request.getMethod())) {
                answer = store(validators, response);
            }
            MultivaluedMap<String, Object> headers = response.getHeaders();
            headers.putSingle(HttpHeaders.ETAG, validators.etag());
            headers.putSingle(HttpHeaders.LAST_MODIFIED, httpDate(validators.lastModified()));
            headers.putSingle(HttpHeaders.CACHE_CONTROL, validators.cacheControl());
            headers.putSingle(HttpHeaders.VARY, "Accept, Accept-Encoding");
        }
        if (request.getProperty(LEADER) instanceof CompletableFuture<?> leader) {
            inFlight.values().remove(leader);
            ((CompletableFuture<AnswerCache.Answer>) leader).complete(answer); // null: the waiters compute their own
        }
    }

    /** Serializes the answer once, keeps the bytes, and sends those same bytes now. */
    private AnswerCache.Answer store(Validators validators, ContainerResponseContext response) {
        Object entity = response.getEntity();
        byte[] body;
        try {
            body = entity instanceof byte[] bytes ? bytes : entity instanceof String text
                    ? text.getBytes(StandardCharsets.UTF_8) : json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> headers = new TreeMap<>();
        if (response.getMediaType() != null) {
            headers.put(HttpHeaders.CONTENT_TYPE, response.getMediaType().toString());
        }
        STORED_HEADERS.forEach(name -> {
            String value = response.getHeaderString(name);
            if (value != null) {
                headers.put(name, value);
            }
        });
        AnswerCache.Answer answer = new AnswerCache.Answer(body, headers);
        cache.put(validators.etag().toString(), answer);
        response.setEntity(body, null, response.getMediaType());
        return answer;
    }

    private static boolean isCacheable(ContainerRequestContext request) {
        return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && request.getUriInfo().getPath().startsWith("/api/v1/");
    }

    private static Validators validators(ContainerRequestContext request, Map<Long, Release> releases) {
        String asOf = request.getUriInfo().getQueryParameters().getFirst(Vintage.PARAMETER);
        String state;
        OffsetDateTime lastModified;
        String cacheControl;
        if (asOf != null) {
            Vintage vintage = Vintage.resolve(asOf, releases);
            state = "asof-" + vintage.releaseId();
            lastModified = vintage.importedAt();
            cacheControl = IMMUTABLE_CACHE;
        } else {
            long newest = releases.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
            long retracted = releases.values().stream().filter(r -> r.retractedAt != null).count();
            state = "r" + newest + "." + retracted;
            lastModified = releases.values().stream()
                    .flatMap(r -> Stream.of(r.importedAt, r.retractedAt)).filter(t -> t != null)
                    .max(OffsetDateTime::compareTo).orElse(OffsetDateTime.now(ZoneOffset.UTC));
            cacheControl = LATEST_CACHE;
        }
        return new Validators(new EntityTag(state + "-" + queryHash(request)), lastModified, cacheControl);
    }

    /** Path, sorted query parameters, and what shapes the bytes: Accept and gzip. */
    private static String queryHash(ContainerRequestContext request) {
        Map<String, List<String>> sorted = new TreeMap<>(request.getUriInfo().getQueryParameters());
        String acceptEncoding = request.getHeaderString(HttpHeaders.ACCEPT_ENCODING);
        String normalised = request.getUriInfo().getPath() + "?" + sorted + "|" + request.getHeaderString(HttpHeaders.ACCEPT)
                + "|" + (acceptEncoding != null && acceptEncoding.contains("gzip"));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean notModified(ContainerRequestContext request, Validators validators) {
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            String tag = validators.etag().toString();
            return Stream.of(ifNoneMatch.split(",")).map(String::strip)
                    .anyMatch(candidate -> candidate.equals("*") || candidate.equals(tag) || candidate.equals("W/" + tag));
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

    private static Response.ResponseBuilder withValidators(Response.ResponseBuilder builder, Validators validators) {
        return builder.tag(validators.etag())
                .header(HttpHeaders.LAST_MODIFIED, httpDate(validators.lastModified()))
                .header(HttpHeaders.CACHE_CONTROL, validators.cacheControl())
                .header(HttpHeaders.VARY, "Accept, Accept-Encoding");
    }

    private static String httpDate(OffsetDateTime time) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
