package jp.mynacard.common;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * CPU work too long for an event loop (rendering a large CSV, serializing and compressing a large
 * answer: tens of milliseconds, during which every other connection of that loop would wait): it runs
 * on a worker thread, which the OS preempts to let the event loops answer, and its result comes back
 * on the caller's Vert.x context, so that what follows runs where it would have.
 */
public final class OffLoop {

    private OffLoop() {
    }

    public static <T> Uni<T> compute(Supplier<T> work) {
        return subscribe(() -> Uni.createFrom().item(work));
    }

    /** The same for work that answers with a Uni: it is subscribed to on a worker thread. */
    public static <T> Uni<T> subscribe(Supplier<Uni<? extends T>> work) {
        Executor caller = backOnCaller();
        Uni<T> computed = Uni.createFrom().deferred(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        return caller == null ? computed : computed.emitOn(caller);
    }

    /** Runs tasks on the current Vert.x context (null outside one). */
    public static Executor backOnCaller() {
        Context caller = Vertx.currentContext();
        return caller == null ? null : command -> caller.runOnContext(run -> command.run());
    }
}
