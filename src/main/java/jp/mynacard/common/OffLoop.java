package jp.mynacard.common;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * CPU work too long for an event loop (rendering a large CSV, serializing and compressing a large
 * answer, parsing an upload, merging figures: tens of milliseconds and more, during which every other
 * connection of that loop would wait): it runs on a thread of this pool, which the OS preempts to let
 * the event loops answer, and its result comes back on the caller's Vert.x context, so that what
 * follows runs where it would have.
 * <p>
 * The pool has as many threads as there are cores (at least two), not the up to 200 of Quarkus' worker
 * pool: work that comes at once (every popular answer again after a change, while a publish merges)
 * queues here instead of time-slicing the cores thread by thread, which left the event loops a small
 * share of them until all of it was done (docs/decisions/0003-cpu-pool.md).
 */
public final class OffLoop {

    private static final ExecutorService CPU = cpuPool(Math.max(2, Runtime.getRuntime().availableProcessors()));

    private OffLoop() {
    }

    /** For work chained off the event loops by {@code emitOn} or {@code runSubscriptionOn}. */
    public static Executor executor() {
        return CPU;
    }

    private static ExecutorService cpuPool(int threads) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, work -> {
            Thread thread = new Thread(work, "mynacard-cpu-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public static <T> Uni<T> compute(Supplier<T> work) {
        return subscribe(() -> Uni.createFrom().item(work));
    }

    /** The same for work that answers with a Uni: it is subscribed to on a thread of the pool. */
    public static <T> Uni<T> subscribe(Supplier<Uni<? extends T>> work) {
        Executor caller = backOnCaller();
        Uni<T> computed = Uni.createFrom().deferred(work).runSubscriptionOn(CPU);
        return caller == null ? computed : computed.emitOn(caller);
    }

    /** Runs tasks on the current Vert.x context (null outside one). */
    public static Executor backOnCaller() {
        Context caller = Vertx.currentContext();
        return caller == null ? null : command -> caller.runOnContext(run -> command.run());
    }
}
