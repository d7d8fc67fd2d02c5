package jp.mynacard.common;

import io.quarkus.arc.All;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Keeps every {@link DatasetView} in step with the database. After a change, the new views are built
 * beside the ones in use, which keep answering meanwhile (requests used to wait some 3.5 s for a
 * reload), and then swapped in at once, in {@link DatasetView.Stage} order. Changes are applied one
 * at a time, in the order they were reported, so that a view may build on the one in use. A change's
 * Uni completes when it is served (every view {@link DatasetView#settled settled}), so a publisher's
 * next read already sees it. {@link DatasetChanged}
 * is fired as a rebuild starts (other instances are told), so that they rebuild alongside this one
 * and serve the change at about the same moment, not one rebuild later.
 */
@ApplicationScoped
public class DatasetViews {

    private static final Logger LOG = Logger.getLogger(DatasetViews.class);

    private final List<DatasetView> views;
    private final Event<DatasetChanged> changed;
    private final Vertx vertx;
    /** The last change reported: the next one is applied after it. */
    private CompletableFuture<Void> last = CompletableFuture.completedFuture(null);

    @Inject
    DatasetViews(@All List<DatasetView> views, Event<DatasetChanged> changed, Vertx vertx) {
        this.views = views.stream().sorted(Comparator.comparing(DatasetView::stage)).toList();
        this.changed = changed;
        this.vertx = vertx;
    }

    /** Applies a committed change; never fails (a view that cannot be rebuilt loads again on its next use). */
    public Uni<Void> changed(DatasetChanged change) {
        CompletableFuture<Void> applied = new CompletableFuture<>();
        CompletableFuture<Void> previous;
        synchronized (this) {
            previous = last;
            last = applied;
        }
        // The rebuild runs whether or not its caller still waits for it, on a Vert.x context of its own
        // (Hibernate Reactive's catalogs need one).
        Context context = VertxContext.getOrCreateDuplicatedContext(vertx);
        previous.whenComplete((done, failure) -> context.runOnContext(start -> rebuild(change)
                .subscribe().with(applied::complete, applied::completeExceptionally)));
        Executor caller = OffLoop.backOnCaller();
        Uni<Void> served = Uni.createFrom().completionStage(applied);
        return caller == null ? served : served.emitOn(caller);
    }

    private Uni<Void> rebuild(DatasetChanged change) {
        changed.fire(change);
        return Uni.join().all(views.stream().map(view -> view.prepare(change)).toList()).andFailFast()
                .invoke(swaps -> swaps.forEach(Runnable::run))
                .chain(this::settle)
                .onFailure().invoke(failure -> {
                    LOG.warn("Could not rebuild the in-memory views after a change: each loads on its next use", failure);
                    views.forEach(DatasetView::discard);
                })
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** Each view settled in turn, in stage order. */
    private Uni<Void> settle() {
        Uni<Void> settled = Uni.createFrom().voidItem();
        for (DatasetView view : views) {
            settled = settled.chain(view::settled);
        }
        return settled;
    }
}
