package jp.mynacard.stats;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jp.mynacard.common.Snapshot;
import jp.mynacard.ingest.DatasetChanged;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The current figures (about 200,000) held in memory as a {@link FigureIndex}: loaded at startup and
 * again after each import or retraction, so that latest-state queries never wait for the database.
 */
@ApplicationScoped
public class CurrentFigures {

    private static final Logger LOG = Logger.getLogger(CurrentFigures.class);
    private static final String ALL_CURRENT = """
            SELECT o.id, o.metric_id, o.area_code, a.name_ja, a.name_en, a.level, a.parent_code, o.ref_date,
                   o.period_start, o.period_kind, o.period_label, o.age_group, o.sex, o.category, o.value, o.unit,
                   o.precision, n.value AS numerator, o.denominator, o.basis_date, o.source_id, o.release_id, o.note
            FROM observation o
            JOIN area a ON a.code = o.area_code
            JOIN metric m ON m.id = o.metric_id
            LEFT JOIN observation n ON n.is_current AND n.metric_id = m.numerator_metric_id
                 AND n.area_code = o.area_code AND n.ref_date = o.ref_date AND n.period_start = o.period_start
                 AND n.age_group = o.age_group AND n.sex = o.sex AND n.category = o.category AND n.source_id = o.source_id
            WHERE o.is_current""";

    private static final int BATCH = 5_000;

    @Inject
    Pool pool;

    private final Snapshot<FigureIndex> index = new Snapshot<>(this::load);

    Uni<FigureIndex> get() {
        return index.get();
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

    /** Streams the figures through a cursor, a batch at a time: the whole result never sits in memory as rows. */
    private Uni<FigureIndex> load() {
        long started = System.nanoTime();
        Map<Object, Object> shared = new HashMap<>();
        return pool.withTransaction(connection -> connection.prepare(ALL_CURRENT)
                        .onItem().transformToMulti(statement -> statement.createStream(BATCH).toMulti())
                        .map(row -> new FigureIndex.Figure(ObservationRepository.map(row, shared),
                                share(shared, row.getString("parent_code"))))
                        .collect().asList())
                .map(figures -> {
                    LOG.infof("%d current figures in memory (%d ms)", figures.size(),
                            (System.nanoTime() - started) / 1_000_000);
                    return new FigureIndex(figures);
                });
    }

    /** One instance of each repeated value (codes, names, dates), to keep the index small. */
    @SuppressWarnings("unchecked")
    static <T> T share(Map<Object, Object> shared, T value) {
        return value == null ? null : (T) shared.computeIfAbsent(value, v -> v);
    }
}
