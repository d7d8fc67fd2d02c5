package jp.mynacard.observation;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jp.mynacard.common.DatasetChanged;
import jp.mynacard.common.DatasetView;
import jp.mynacard.common.OffLoop;
import jp.mynacard.common.Snapshot;
import jp.mynacard.common.Transactions;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The current figures (about 200,000) held in memory as a {@link ObservationIndex}: loaded at startup and
 * again beside the one in use after each import or retraction, so that latest-state queries never wait
 * for the database.
 */
@ApplicationScoped
public class MemoryObservationStore implements ObservationStore, DatasetView {

    private static final Logger LOG = Logger.getLogger(MemoryObservationStore.class);
    /** In the index order; "C" compares codes and ids by code point, as Java does. */
    private static final String CURRENT = "WITH figures AS NOT MATERIALIZED (SELECT * FROM observation WHERE is_current)";
    private static final String SELECT = " SELECT " + ObservationColumns.SELECT_LIST + ", a.parent_code AS \"" + ObservationIndex.PARENT_CODE + "\""
            + SqlObservationStore.FROM;
    private static final String ORDER = " ORDER BY o.metric_id COLLATE \"C\", o.area_code COLLATE \"C\", o.ref_date, o.id";
    private static final String ALL_CURRENT = CURRENT + SELECT + ORDER;
    /**
     * The keys a change of releases $1 touched: their figures' and those of the rates whose numerator
     * they are (a rate's figure carries its numerator's value).
     */
    private static final String TOUCHED = """
            touched AS MATERIALIZED (
                SELECT %1$s FROM observation y WHERE y.release_id = ANY($1)
                UNION
                SELECT %2$s FROM observation y JOIN metric m ON m.numerator_metric_id = y.metric_id WHERE y.release_id = ANY($1))"""
            .formatted(ObservationKey.columns("y"), ObservationKey.columns("y").replace("y.metric_id", "m.id"));
    /** Every figure, current or not, of a touched key: what the index may hold of them goes. */
    private static final String TOUCHED_IDS = "WITH " + TOUCHED + " SELECT x.id FROM observation x JOIN touched k ON "
            + ObservationKey.same("x", "k") + " ORDER BY x.id";
    /** The current figures of the touched keys, as the index holds them. */
    private static final String TOUCHED_CURRENT = CURRENT + ", " + TOUCHED + SELECT
            + " AND EXISTS (SELECT 1 FROM touched k WHERE " + ObservationKey.same("o", "k") + ")" + ORDER;
    /** Every area's columns of a figure: an import may have renamed some. */
    private static final String AREAS = "SELECT a.code, " + ObservationIndex.AREA_COLUMNS.stream()
            .map(c -> c.sql() + " AS \"" + c.name() + "\"").collect(Collectors.joining(", "))
            + ", a.parent_code AS \"" + ObservationIndex.PARENT_CODE + "\" FROM area a";

    private static final int BATCH = 5_000;

    @Inject
    Transactions transactions;

    private final Snapshot<ObservationIndex> index = new Snapshot<>(this::load);

    @Override
    public Uni<List<ObservationRow>> find(ObservationQuery query) {
        return index.get().map(figures -> figures.find(query));
    }

    @Override
    public Uni<List<DateCoverage>> dates(ObservationQuery query) {
        return index.get().map(figures -> figures.dates(query));
    }

    /** Whether the current figures are in memory (not while they first load, nor after a failed rebuild). */
    public boolean loaded() {
        return index.now() != null;
    }

    /**
     * Loads the figures at start; then, on a worker thread, merges nothing into them once (thrown away)
     * and compacts the heap. The first merge of a JVM ran several times longer than the next ones (code
     * not yet compiled) and the garbage of the start was left to the first full collection, which fell
     * on the first publish: both made it the slowest moment readers saw (docs/decisions/0003-cpu-pool.md).
     */
    void preload(@Observes StartupEvent event) {
        index.get().emitOn(OffLoop.executor()).subscribe().with(loaded -> {
            ObservationIndex.merged(loaded, new long[0], List.of(), Map.of());
            System.gc();
        }, failure -> LOG.warn("Could not load the current figures", failure));
    }

    /**
     * After a change of known releases, the index in use with the figures of the keys they touched read
     * again (a few thousand for a monthly table, instead of all of them: reading all took 3.4–8.4 s of
     * the one core under load); else all read again. Either way beside the index in use.
     */
    @Override
    public Uni<Runnable> prepare(DatasetChanged change) {
        ObservationIndex current = index.now();
        if (current == null || change.releaseIds().isEmpty()) {
            return index.prepare();
        }
        Tuple releases = Tuple.of(change.releaseIds().toArray(Long[]::new));
        return transactions.run(connection -> Uni.combine().all().unis(
                        connection.preparedQuery(TOUCHED_IDS).execute(releases),
                        connection.preparedQuery(TOUCHED_CURRENT).execute(releases),
                        connection.query(AREAS).execute())
                .asTuple())
                .emitOn(OffLoop.executor()) // merging copies every figure: not on an event loop
                .map(read -> {
                    long started = System.nanoTime();
                    long[] replaced = new long[read.getItem1().size()];
                    int k = 0;
                    for (Row row : read.getItem1()) {
                        replaced[k++] = row.getLong(0);
                    }
                    List<Row> changed = new ArrayList<>(read.getItem2().size());
                    read.getItem2().forEach(changed::add);
                    Map<String, Row> areas = new HashMap<>();
                    read.getItem3().forEach(row -> areas.put(row.getString("code"), row));
                    ObservationIndex merged = ObservationIndex.merged(current, replaced, changed, areas);
                    merged.coverSameQueriesAs(current);
                    LOG.infof("%d current figures in memory, %d of them read again (%d ms to merge)", merged.size(),
                            changed.size(), (System.nanoTime() - started) / 1_000_000);
                    return merged;
                })
                .chain(merged -> index.prepare(Uni.createFrom().item(merged)));
    }

    @Override
    public void discard() {
        index.invalidate();
        warm();
    }

    private void warm() {
        index.get().subscribe().with(i -> { }, failure -> LOG.warn("Could not load the current figures", failure));
    }

    /** Streams the figures through a cursor, a batch at a time, straight into the index. */
    private Uni<ObservationIndex> load() {
        long started = System.nanoTime();
        return transactions.run(connection -> connection.prepare(ALL_CURRENT)
                        .onItem().transformToMulti(statement -> statement.createStream(BATCH).toMulti())
                        .collect().in(ObservationIndex::new, ObservationIndex::add))
                .map(index -> {
                    LOG.infof("%d current figures in memory (%d ms)", index.size(), (System.nanoTime() - started) / 1_000_000);
                    return index.complete();
                });
    }
}
