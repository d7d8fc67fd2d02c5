package jp.mynacard.web;

import jp.mynacard.release.ReleaseCatalog;
import jp.mynacard.release.Vintage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an answer depends on, computed the same way by the Vert.x fast path and the REST filters: the
 * state of the releases (latest, or one vintage), the path, the sorted query, Accept and gzip.
 */
final class AnswerKeys {

    static final String LATEST_CACHE = "public, max-age=60";
    static final String IMMUTABLE_CACHE = "public, max-age=31536000, immutable";

    private AnswerKeys() {
    }

    /**
     * {@code key} identifies the answer; {@code etag} is its strong validator (quoted), which differs
     * between the gzip and the identity bytes of one answer, as RFC 9110 asks of a strong validator.
     */
    record Validators(String key, String etag, OffsetDateTime lastModified, String lastModifiedHeader, String cacheControl,
                      boolean acceptsGzip) {

        Validators(String key, String etag, OffsetDateTime lastModified, String cacheControl, boolean acceptsGzip) {
            this(key, etag, lastModified,
                    DateTimeFormatter.RFC_1123_DATE_TIME.format(lastModified.withOffsetSameInstant(ZoneOffset.UTC)), cacheControl,
                    acceptsGzip);
        }
    }

    /**
     * A request reduced to what its answer depends on, normalised once: its key (enough to find a
     * stored answer, which carries its own validators) and its validators both follow from it.
     */
    record Asked(String normalised, Vintage vintage, boolean acceptsGzip) {

        static Asked of(String path, Map<String, List<String>> query, String accept, String acceptEncoding,
                        ReleaseCatalog.Catalog catalog) {
            boolean gzip = AnswerKeys.acceptsGzip(acceptEncoding);
            return new Asked(AnswerKeys.normalised(path, query, accept, gzip), AnswerKeys.vintage(query, catalog), gzip);
        }

        String key(ReleaseCatalog.Catalog catalog) {
            return state(vintage, catalog) + "|" + normalised;
        }

        Validators validators(ReleaseCatalog.Catalog catalog) {
            String etag = "\"" + state(vintage, catalog) + "-" + hash(normalised) + "\"";
            return vintage != null ? new Validators(key(catalog), etag, vintage.importedAt(), IMMUTABLE_CACHE, acceptsGzip)
                    : new Validators(key(catalog), etag, catalog.lastModified(), LATEST_CACHE, acceptsGzip);
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

    static Validators validators(String path, Map<String, List<String>> query, String accept, String acceptEncoding,
                                 ReleaseCatalog.Catalog catalog) {
        return Asked.of(path, query, accept, acceptEncoding, catalog).validators(catalog);
    }

    /** The vintage named by {@code asOf}, or null for the latest state. */
    private static Vintage vintage(Map<String, List<String>> query, ReleaseCatalog.Catalog catalog) {
        List<String> asOf = query.get(Vintage.PARAMETER);
        return asOf == null || asOf.isEmpty() ? null : Vintage.resolve(asOf.get(0), catalog.releases());
    }

    /** "asof-R" for a vintage (its answers never change), else the catalog's latest state. */
    private static String state(Vintage vintage, ReleaseCatalog.Catalog catalog) {
        return vintage != null ? "asof-" + vintage.releaseId() : catalog.latestState();
    }

    private static String normalised(String path, Map<String, List<String>> query, String accept, boolean gzip) {
        return path + "?" + new TreeMap<>(query) + "|" + (accept == null ? "" : accept) + "|" + gzip;
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
