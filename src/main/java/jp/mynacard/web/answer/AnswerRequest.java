package jp.mynacard.web.answer;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jp.mynacard.common.DatasetState;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A read request normalised once, as every later step of the answer pipeline uses it: {@code normalised}
 * holds the path, the sorted query, the Accept header (the representation) and whether gzip is
 * accepted; beside it the vintage it names ({@code asOf}, null for the latest state) and its
 * conditional headers. The answer's key and validators follow from it and the state of the releases;
 * {@link #notModified} is the one place that decides a 304.
 */
record AnswerRequest(boolean head, String normalised, DatasetState.VintageState vintage, boolean acceptsGzip, String ifNoneMatch,
                     String ifModifiedSince) {

    /** The request normalised; a malformed or unknown {@code asOf} fails with its problem. */
    static AnswerRequest of(RoutingContext context, DatasetState.State catalog) {
        SortedMap<String, List<String>> query = new TreeMap<>();
        context.queryParams().forEach(entry -> query.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(entry.getValue()));
        List<String> asOf = query.get(DatasetState.AS_OF);
        MultiMap headers = context.request().headers();
        String accept = headers.get("Accept");
        boolean gzip = acceptsGzip(headers.get("Accept-Encoding"));
        String normalised = context.normalizedPath() + "?" + query + "|" + (accept == null ? "" : accept) + "|" + gzip;
        return new AnswerRequest("HEAD".equals(context.request().method().name()), normalised,
                asOf == null ? null : catalog.vintage(asOf.get(0)), gzip,
                headers.get("If-None-Match"), headers.get("If-Modified-Since"));
    }

    /** What the answer is kept under: the state of the releases (an {@code asOf} release's answer never changes) and the request. */
    String key(DatasetState.State catalog) {
        return state(catalog) + "|" + normalised;
    }

    /** The answer's validators at this state of the releases. */
    Validators validators(DatasetState.State catalog) {
        String etag = "\"" + state(catalog) + "-" + hash(normalised) + "\"";
        String key = key(catalog);
        return vintage != null && vintage.immutable()
                ? new Validators(key, normalised, etag, vintage.lastModified(), Validators.IMMUTABLE_CACHE, acceptsGzip)
                : new Validators(key, normalised, etag, catalog.lastModified(), Validators.LATEST_CACHE, acceptsGzip);
    }

    private String state(DatasetState.State catalog) {
        return vintage != null ? vintage.state() : catalog.latestState();
    }

    /**
     * Whether the client holds this answer already: If-None-Match (a list of tags, or "*", compared
     * weakly as RFC 9110 asks for GET) or, only without it, an If-Modified-Since not older than the
     * answer (an unreadable date is ignored).
     */
    boolean notModified(Validators validators) {
        if (ifNoneMatch != null) {
            String etag = validators.etag();
            return Stream.of(ifNoneMatch.split(",")).map(String::strip)
                    .anyMatch(tag -> tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag));
        }
        if (ifModifiedSince == null) {
            return false;
        }
        try {
            OffsetDateTime since = OffsetDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME);
            return !validators.lastModified().withNano(0).isAfter(since);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Whether an Accept-Encoding header accepts gzip: "gzip", "x-gzip" or "*", with a q-value above 0. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip().toLowerCase(Locale.ROOT);
            if ((name.equals("gzip") || name.equals("x-gzip") || name.equals("*")) && weight(parts) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The q-value of one coding (1 when absent, 0 when unreadable). */
    private static double weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.startsWith("q=") || parameter.startsWith("Q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
