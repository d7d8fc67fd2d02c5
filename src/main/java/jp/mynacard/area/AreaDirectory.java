package jp.mynacard.area;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.mynacard.common.DatasetChanged;
import jp.mynacard.common.DatasetView;
import jp.mynacard.common.OwnSession;
import jp.mynacard.common.Snapshot;

/**
 * All areas (about 1,800) held in memory: read on nearly every request, changed only by an import,
 * after which it is rebuilt beside the one in use.
 */
@ApplicationScoped
public class AreaDirectory implements DatasetView {

    private final Snapshot<AreaIndex> index;

    @Inject
    AreaDirectory(OwnSession session) {
        index = new Snapshot<>(() -> session.list("from Area order by code", Area.class).map(AreaIndex::new));
    }

    public Uni<AreaIndex> index() {
        return index.get();
    }

    /** Resolve a code or name, failing with unknown-area. */
    public Uni<Area> resolve(String query) {
        return index().map(i -> i.resolve(query));
    }

    @Override
    public Uni<Runnable> prepare(DatasetChanged change) {
        return index.prepare();
    }

    @Override
    public void discard() {
        index.invalidate();
    }
}
