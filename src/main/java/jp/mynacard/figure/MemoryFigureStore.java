package jp.mynacard.figure;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jp.mynacard.common.DatasetChanged;
import jp.mynacard.common.Snapshot;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * The current figures (about 200,000) held in memory as a {@link FigureIndex}: loaded at startup and
 * again after each import or retraction, so that latest-state queries never wait for the database.
 */
@ApplicationScoped
public class MemoryFigureStore implements FigureStore {

    private static final Logger LOG = Logger.getLogger(MemoryFigureStore.class);
    /** In the index order; "C" compares codes and ids by code point, as Java does. */
    private static final String ALL_CURRENT = "WITH figures AS NOT MATERIALIZED (SELECT * FROM observation WHERE is_current) "
            + "SELECT " + FigureColumns.SELECT_LIST + ", a.parent_code AS \"" + FigureIndex.PARENT_CODE + "\"" + SqlFigureStore.FROM
            + " ORDER BY o.metric_id COLLATE \"C\", o.area_code COLLATE \"C\", o.ref_date, o.id";

    private static final int BATCH = 5_000;

    @Inject
    Pool pool;

    private final Snapshot<FigureIndex> index = new Snapshot<>(this::load);

    @Override
    public Uni<List<ObservationRow>> find(ObservationQuery query) {
        return index.get().map(figures -> figures.find(query));
    }

    @Override
    public Uni<List<DateCoverage>> dates(ObservationQuery query) {
        return index.get().map(figures -> figures.dates(query));
    }

    /** Whether the current figures are in memory (none while they load, at startup or after a change). */
    public boolean loaded() {
        return index.now() != null;
    }

    void preload(@Observes StartupEvent event) {
        warm();
    }

    void reload(@Observes DatasetChanged event) {
        index.invalidate();
        warm();
    }

    private void warm() {
        index.get().subscribe().with(i -> { }, failure -> LOG.warn("Could not load the current figures", failure));
    }

    /** Streams the figures through a cursor, a batch at a time, straight into the index. */
    private Uni<FigureIndex> load() {
        long started = System.nanoTime();
        return pool.withTransaction(connection -> connection.prepare(ALL_CURRENT)
                        .onItem().transformToMulti(statement -> statement.createStream(BATCH).toMulti())
                        .collect().in(FigureIndex::new, FigureIndex::add))
                .map(index -> {
                    LOG.infof("%d current figures in memory (%d ms)", index.size(), (System.nanoTime() - started) / 1_000_000);
                    return index.complete();
                });
    }
}
