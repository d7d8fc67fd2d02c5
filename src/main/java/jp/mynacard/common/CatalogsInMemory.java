package jp.mynacard.common;

import io.quarkus.arc.All;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;

/**
 * Ready only when the catalogs are in memory, loaded at start: the metric catalog's first load (through
 * Hibernate, not yet compiled) took 0.6–0.9 s of the first summary after readiness, and on a busy
 * machine ran past the database budget, so the first summary answered 503. Only the first load is
 * waited for: a catalog dropped after a failed rebuild loads again on its next use, which a readiness
 * gone DOWN would never send.
 */
@Readiness
@ApplicationScoped
public class CatalogsInMemory implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(CatalogsInMemory.class);
    private static final Duration RETRY = Duration.ofSeconds(1);

    private final List<Preloaded> catalogs;
    private final Vertx vertx;
    private volatile boolean loaded;

    CatalogsInMemory(@All List<Preloaded> catalogs, Vertx vertx) {
        this.catalogs = catalogs;
        this.vertx = vertx;
    }

    /**
     * On a Vert.x context of its own, flagged safe as a request's is (Hibernate Reactive with Panache
     * needs that); a load that fails is tried again.
     */
    void preload(@Observes StartupEvent event) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(start -> catalogs.forEach(catalog ->
                Uni.createFrom().deferred(() -> catalog.inMemory().get())
                        .onFailure().invoke(failure -> LOG.warnf("A catalog could not load yet (%s); trying again", failure.getMessage()))
                        .onFailure().retry().withBackOff(RETRY, RETRY).indefinitely()
                        .subscribe().with(loaded -> { })));
    }

    @Override
    public HealthCheckResponse call() {
        loaded = loaded || catalogs.stream().allMatch(catalog -> catalog.inMemory().now() != null);
        return HealthCheckResponse.named("catalogs-in-memory").status(loaded).build();
    }
}
