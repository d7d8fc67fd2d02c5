package jp.mynacard.area;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.mynacard.common.DatabaseBudget;
import jp.mynacard.common.DatasetChanged;
import jp.mynacard.common.DatasetView;
import jp.mynacard.common.OffLoop;
import jp.mynacard.common.Preloaded;
import jp.mynacard.common.Snapshot;

import java.util.ArrayList;
import java.util.List;

/**
 * All areas (about 1,800) held in memory: read on nearly every request, changed only by an import,
 * after which it is rebuilt beside the one in use, off the event loops. Read with plain SQL, not
 * Hibernate (docs/decisions/0006-sql-client-for-catalogs.md).
 */
@ApplicationScoped
public class AreaDirectory implements DatasetView, Preloaded {

    private static final String ALL = "SELECT " + Area.COLUMNS + " FROM area ORDER BY code";

    private final Pool pool;
    private final DatabaseBudget budget;
    private final Snapshot<AreaIndex> index;

    @Inject
    AreaDirectory(Pool pool, DatabaseBudget budget) {
        this.pool = pool;
        this.budget = budget;
        index = new Snapshot<>(() -> read().map(AreaDirectory::indexed));
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
        return index.prepare(read().emitOn(OffLoop.executor()).map(AreaDirectory::indexed));
    }

    @Override
    public void discard() {
        index.invalidate();
    }

    private Uni<RowSet<Row>> read() {
        return budget.within(pool.query(ALL).execute());
    }

    private static AreaIndex indexed(RowSet<Row> rows) {
        List<Area> areas = new ArrayList<>(rows.size());
        for (Row row : rows) {
            areas.add(Area.of(row));
        }
        return new AreaIndex(areas);
    }

    @Override
    public Snapshot<?> inMemory() {
        return index;
    }
}
