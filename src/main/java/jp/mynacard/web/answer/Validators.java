package jp.mynacard.web.answer;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * What an answer is kept under and validated by, known before any work is done: {@code key} identifies
 * the answer, {@code question} the request it answers at whatever state of the releases, {@code etag}
 * is its strong validator (quoted; it differs between the gzip and the identity bytes of one answer, as
 * RFC 9110 asks of a strong validator).
 */
record Validators(String key, String question, String etag, OffsetDateTime lastModified, String lastModifiedHeader, String cacheControl,
                  boolean acceptsGzip) {

    static final String LATEST_CACHE = "public, max-age=60";
    static final String IMMUTABLE_CACHE = "public, max-age=31536000, immutable";
    static final String VARY = "Accept, Accept-Encoding";

    Validators(String key, String question, String etag, OffsetDateTime lastModified, String cacheControl, boolean acceptsGzip) {
        this(key, question, etag, lastModified,
                DateTimeFormatter.RFC_1123_DATE_TIME.format(lastModified.withOffsetSameInstant(ZoneOffset.UTC)), cacheControl,
                acceptsGzip);
    }

    /** The headers that carry them, on an answer and on its 304. */
    Map<String, String> headers() {
        return Map.of("ETag", etag, "Last-Modified", lastModifiedHeader, "Cache-Control", cacheControl, "Vary", VARY);
    }
}
