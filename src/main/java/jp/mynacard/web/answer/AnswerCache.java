package jp.mynacard.web.answer;

import com.github.benmanes.caffeine.cache.Cache;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import jakarta.enterprise.context.ApplicationScoped;
import io.smallrye.mutiny.Uni;
import jp.mynacard.common.DatasetChanged;
import jp.mynacard.common.DatasetView;
import jp.mynacard.common.LocalCaches;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Serialized answers by key ({@link Validators#key()}). The key names the state of the releases, the normalised
 * query and the representation, so an entry is valid for as long as it exists; a new release or
 * retraction changes every latest key, and the old entries are dropped to free the memory.
 * <p>
 * A doorkeeper admits an answer only when its question (the normalised request, whatever the state of
 * the releases) was asked before: popular answers are kept from their second request on, while a
 * stream of one-off queries (random areas and dates) does not fill the memory with answers nobody
 * asks for again, which would otherwise be promoted to the old generation and evicted there, each
 * time at the cost of a full garbage collection. A question asked before a change is kept from its
 * first answer after it: the popular answers are computed once after a change, not twice, at the
 * moment when all of them are computed again (docs/decisions/0001-answer-cache-and-doorkeeper.md).
 */
@ApplicationScoped
public class AnswerCache implements DatasetView {

    /**
     * The bytes, their validators, the other headers to send with them and the endpoint's path template
     * ({@link RouteTemplate}). {@code buffer} wraps the same bytes (no copy) so that each send is a
     * duplicate of it; the heap keeps them, the GC frees them.
     */
    record Answer(byte[] body, Validators validators, Map<String, String> headers, String route, ByteBuf buffer) {

        Answer(byte[] body, Validators validators, Map<String, String> headers, String route) {
            this(body, validators, headers, route, Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(body).asReadOnly()));
        }
    }

    /** Hashes of questions asked recently, one per slot; a collision at worst admits a one-off answer. */
    private static final int DOORKEEPER_SLOTS = 1 << 16;

    private final Cache<String, Answer> answers;
    private final PreviousAnswers previous = new PreviousAnswers();
    private final AtomicIntegerArray seen = new AtomicIntegerArray(DOORKEEPER_SLOTS);

    @Inject
    AnswerCache(AnswerCacheConfig config) {
        this(config.maxBytes());
    }

    AnswerCache(long maxBytes) {
        this.answers = LocalCaches.builder()
                .maximumWeight(maxBytes)
                .weigher((String key, Answer answer) -> key.length() + answer.body().length + 256)
                .build();
    }

    Answer get(String key) {
        return answers.getIfPresent(key);
    }

    /** Whether an answer to this question is to be kept: true if it was asked before; remembers it. */
    boolean admits(String question) {
        return seen.getAndSet(slot(question), tag(question)) == tag(question);
    }

    /** Whether this question was asked before (its answer will be kept), without remembering it. */
    boolean askedBefore(String question) {
        return seen.get(slot(question)) == tag(question);
    }

    private static int slot(String question) {
        int hash = question.hashCode();
        return (hash ^ hash >>> 16) & (DOORKEEPER_SLOTS - 1);
    }

    private static int tag(String question) {
        return question.hashCode() | 1; // never 0, the empty slot
    }

    /** Keeps an answer that {@link #admits} let in. */
    void put(String key, Answer answer) {
        answers.put(key, answer);
    }

    /** Just after a change, the answer of the state before it while this question's new one is computed, else null. */
    Answer previous(String question) {
        return previous.get(question);
    }

    /** A computation of this question's answer starts. */
    void computing(String question) {
        previous.computing(question);
    }

    /** A computation of this question's answer ended (kept or not). */
    void computed(String question) {
        previous.computed(question);
    }

    /**
     * After a change the kept answers are of an earlier state (their keys are never asked again): freed
     * last, and meanwhile {@link PreviousAnswers} until their questions are answered again.
     */
    @Override
    public Uni<Runnable> prepare(DatasetChanged change) {
        return Uni.createFrom().item(() -> () -> {
            previous.open(answers.asMap().values());
            answers.invalidateAll();
        });
    }

    @Override
    public Uni<Void> settled() {
        return previous.closed();
    }

    @Override
    public void discard() {
        previous.close();
        answers.invalidateAll();
    }

    @Override
    public Stage stage() {
        return Stage.ANSWERS;
    }
}
