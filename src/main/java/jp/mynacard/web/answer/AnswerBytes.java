package jp.mynacard.web.answer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Turns a computed answer into the bytes that are sent and, if the {@link AnswerCache} admits them,
 * kept: serialized once and, for a client that accepts gzip, compressed once (with the media types the
 * HTTP layer would compress). The HTTP layer leaves a response that already has a Content-Encoding as
 * it is, so a kept answer is not compressed again for every request, nor sent uncompressed when it
 * comes from memory. Kept answers, sent many times, get the default compression level; one-off
 * answers, sent once, the fastest, which costs far less CPU for slightly larger bytes (measured in
 * docs/decisions/0008-gzip-levels-and-cache-upkeep.md).
 */
@ApplicationScoped
public class AnswerBytes {

    private static final List<String> STORED_HEADERS = List.of("Content-Disposition", "Link");

    private final ObjectMapper json;
    private final AnswerCache cache;
    private final AnswerCounters counters;
    private final Set<String> compressible;

    AnswerBytes(ObjectMapper json, AnswerCache cache, AnswerCounters counters,
                @ConfigProperty(name = "quarkus.http.compress-media-types") List<String> compressible) {
        this.json = json;
        this.cache = cache;
        this.counters = counters;
        this.compressible = Set.copyOf(compressible);
    }

    /**
     * An answer's bytes (JSON unless already bytes or text) with its validators and the headers sent
     * with it and the endpoint's path template, kept if the cache admits its question.
     */
    AnswerCache.Answer keep(Validators validators, Object entity, MediaType type, UnaryOperator<String> header, String route) {
        counters.computed();
        boolean kept = cache.admits(validators.question());
        byte[] body = serialized(entity);
        Map<String, String> headers = new TreeMap<>();
        if (type != null) {
            headers.put(HttpHeaders.CONTENT_TYPE, type.toString());
            if (validators.acceptsGzip() && compressible.contains(type.getType() + "/" + type.getSubtype())) {
                body = gzip(body, kept ? Deflater.DEFAULT_COMPRESSION : Deflater.BEST_SPEED);
                headers.put(HttpHeaders.CONTENT_ENCODING, "gzip");
            }
        }
        STORED_HEADERS.forEach(name -> {
            String value = header.apply(name);
            if (value != null) {
                headers.put(name, value);
            }
        });
        AnswerCache.Answer answer = new AnswerCache.Answer(body, validators, headers, route);
        if (kept) {
            cache.put(validators.key(), answer);
        }
        return answer;
    }

    private byte[] serialized(Object entity) {
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gzip(byte[] body, int level) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(level);
            }
        }) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
