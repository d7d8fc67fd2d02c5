package jp.mynacard.problem;

import java.util.Map;

/**
 * Every kind of error the API answers with, one stable type URI each. The URIs are relative
 * references ({@code /problems/<slug>}) that this service itself documents.
 */
public enum ProblemType {
    INVALID_PARAMETER("invalid-parameter", "Invalid parameter", 400),
    BAD_REQUEST("bad-request", "Unreadable request", 400),
    TOO_FEW_FIGURES("too-few-figures", "Too few figures for this analysis", 400),
    UNAUTHORIZED("unauthorized", "Authentication required", 401),
    FORBIDDEN("forbidden", "Not allowed for this key", 403),
    PAYLOAD_TOO_LARGE("payload-too-large", "Upload too large", 413),
    UNKNOWN_AREA("unknown-area", "Unknown area", 404),
    UNKNOWN_METRIC("unknown-metric", "Unknown metric", 404),
    UNKNOWN_RELEASE("unknown-release", "Unknown release", 404),
    UNKNOWN_SERVICE("unknown-service", "Unknown service", 404),
    NO_DATA("no-data", "No figures for that date", 404),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    URI_TOO_LONG("uri-too-long", "URI too long", 414),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    HEADERS_TOO_LARGE("headers-too-large", "Request headers too large", 431),
    INVALID_DATA("invalid-data", "Invalid data", 422),
    TOO_MANY_REQUESTS("too-many-requests", "Too many requests", 429),
    INTERNAL_ERROR("internal-error", "Internal error", 500),
    SERVICE_UNAVAILABLE("service-unavailable", "Database unavailable", 503),
    TOO_MANY_STREAMS("too-many-streams", "Too many open streams", 503);

    public static final String PATH = "/problems/";

    /** The type of a failure the HTTP layer itself decides, by its status (no resource said more). */
    private static final Map<Integer, ProblemType> HTTP_LAYER = Map.of(
            400, BAD_REQUEST, 404, NOT_FOUND, 405, METHOD_NOT_ALLOWED, 406, NOT_ACCEPTABLE, 413, PAYLOAD_TOO_LARGE,
            414, URI_TOO_LONG, 415, UNSUPPORTED_MEDIA_TYPE, 431, HEADERS_TOO_LARGE, 500, INTERNAL_ERROR);

    /** The type for an HTTP-layer failure of this status; bad-request for another 4xx, internal-error for a 5xx. */
    public static ProblemType ofHttpStatus(int status) {
        return HTTP_LAYER.getOrDefault(status, status >= 500 ? INTERNAL_ERROR : BAD_REQUEST);
    }

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String uri() {
        return PATH + slug;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }
}
