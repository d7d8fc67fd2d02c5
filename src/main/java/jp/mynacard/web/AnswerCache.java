package jp.mynacard.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jp.mynacard.ingest.DatasetChanged;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;

/**
 * Serialized answers by strong ETag. The ETag already names the releases, the normalised query and
 * the representation, so an entry is valid for as long as it exists; a new release or retraction
 * changes every latest ETag, and the old entries are dropped to free the memory.
 */
@ApplicationScoped
public class AnswerCache {

    /** The bytes and the headers that are not derived from the validators. */
    public record Answer(byte[] body, Map<String, String> headers) {
    }

    private final Cache<String, Answer> answers;

    AnswerCache(@ConfigProperty(name = "mynacard.cache.max-bytes") long maxBytes) {
        this.answers = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, Answer answer) -> key.length() + answer.body().length + 256)
                .build();
    }

    Answer get(String etag) {
        return answers.getIfPresent(etag);
    }

    void put(String etag, Answer answer) {
        answers.put(etag, answer);
    }

    void clear(@Observes DatasetChanged event) {
        answers.invalidateAll();
    }
}
