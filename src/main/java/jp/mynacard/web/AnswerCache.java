package jp.mynacard.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import jp.mynacard.ingest.DatasetChanged;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;

/**
 * Serialized answers by {@link AnswerKeys key}. The key names the state of the releases, the normalised
 * query and the representation, so an entry is valid for as long as it exists; a new release or
 * retraction changes every latest key, and the old entries are dropped to free the memory.
 */
@ApplicationScoped
public class AnswerCache {

    /**
     * The bytes, their validators and the other headers to send with them. {@code buffer} wraps the
     * same bytes (no copy) so that each send is a duplicate of it; the heap keeps them, the GC frees them.
     */
    public record Answer(byte[] body, String etag, String lastModified, String cacheControl, Map<String, String> headers,
                         ByteBuf buffer) {

        public Answer(byte[] body, String etag, String lastModified, String cacheControl, Map<String, String> headers) {
            this(body, etag, lastModified, cacheControl, headers,
                    Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(body).asReadOnly()));
        }
    }

    private final Cache<String, Answer> answers;

    AnswerCache(@ConfigProperty(name = "mynacard.cache.max-bytes") long maxBytes) {
        this.answers = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, Answer answer) -> key.length() + answer.body().length + 256)
                .build();
    }

    Answer get(String key) {
        return answers.getIfPresent(key);
    }

    void put(String key, Answer answer) {
        answers.put(key, answer);
    }

    void clear(@Observes DatasetChanged event) {
        answers.invalidateAll();
    }
}
