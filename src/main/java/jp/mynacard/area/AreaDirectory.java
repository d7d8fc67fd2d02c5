package jp.mynacard.area;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jp.mynacard.ingest.DatasetChanged;

import java.util.List;

/**
 * All areas (about 1,800) held in memory: read on nearly every request, changed only by an import,
 * which fires {@link DatasetChanged}.
 */
@ApplicationScoped
public class AreaDirectory {

    private volatile Uni<AreaIndex> index = load();


    public Uni<AreaIndex> index() {
        return index;
    }

    void invalidate(@Observes DatasetChanged event) {
        index = load();
    }

    /** Deferred: the first request loads it, inside the request's Vert.x context. A failure is not kept. */
    private Uni<AreaIndex> load() {
        return Uni.createFrom().deferred(() -> Panache.withSession(() -> Area.<Area>list("order by code")))
                .map(AreaIndex::new)
                .onFailure().invoke(() -> index = load())
                .memoize().indefinitely();
    }

    /** Convenience for resources: resolve a code or name, failing with unknown-area. */
    public Uni<Area> resolve(String query) {
        return index().map(i -> i.resolve(query));
    }

    public Uni<List<Area>> children(String parentCode) {
        return index().map(i -> i.children(parentCode));
    }
}
