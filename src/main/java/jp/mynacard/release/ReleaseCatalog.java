package jp.mynacard.release;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.mynacard.common.DatasetChanged;
import jp.mynacard.common.DatasetState;
import jp.mynacard.common.DatasetView;
import jp.mynacard.common.DatabaseBudget;
import jp.mynacard.common.Preloaded;
import jp.mynacard.common.Snapshot;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Releases and sources in memory, for the provenance every answer carries. Rebuilt after each change and
 * swapped in after the data, since answers are validated by its {@code latestState}.
 */
@ApplicationScoped
public class ReleaseCatalog implements DatasetView, DatasetState, Preloaded {

    /**
     * Releases and sources by id, with what every answer needs of them worked out once per load:
     * {@code latestState} names the latest state in validators ("r{newest id}.{retractions}"),
     * {@code lastModified} is the newest import or retraction, {@code lastUpdated} the newest import
     * still counted (null with no releases).
     */
    public record Catalog(Map<Long, Release> releases, Map<String, Source> sources, String latestState,
                          OffsetDateTime lastModified, OffsetDateTime lastUpdated) implements DatasetState.State {

        @Override
        public DatasetState.VintageState vintage(String asOf) {
            Vintage vintage = Vintage.resolve(asOf, releases);
            return vintage.publishedBy() == null
                    ? new DatasetState.VintageState(vintage.state(latestState), vintage.importedAt(), true)
                    : new DatasetState.VintageState(vintage.state(latestState), lastModified, false);
        }

        static Catalog of(List<Release> releases, List<Source> sources) {
            long newest = releases.stream().mapToLong(r -> r.id()).max().orElse(0);
            long retracted = releases.stream().filter(r -> r.retractedAt() != null).count();
            OffsetDateTime lastModified = releases.stream().flatMap(r -> Stream.of(r.importedAt(), r.retractedAt()))
                    .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(OffsetDateTime.now(ZoneOffset.UTC));
            OffsetDateTime lastUpdated = releases.stream().filter(r -> r.retractedAt() == null).map(r -> r.importedAt())
                    .max(Comparator.naturalOrder()).orElse(null);
            return new Catalog(index(releases, r -> r.id()), index(sources, s -> s.id()), "r" + newest + "." + retracted,
                    lastModified, lastUpdated);
        }
    }

    /*
     * Read with the SQL client, not Hibernate: the catalog is read again at every change, too seldom for
     * the JIT to compile Hibernate's loading of entities, which then held an event loop at the moment
     * readers waited most (docs/decisions/0006-sql-client-for-catalogs.md).
     */
    private static final String RELEASES = "SELECT " + Release.COLUMNS + " FROM release";
    private static final String SOURCES = "SELECT " + Source.COLUMNS + " FROM source";

    private final Snapshot<Catalog> catalog;

    @Inject
    ReleaseCatalog(Pool pool, DatabaseBudget budget) {
        catalog = new Snapshot<>(() -> budget.within(Uni.combine().all()
                .unis(pool.query(RELEASES).execute(), pool.query(SOURCES).execute())
                .with((releases, sources) -> Catalog.of(releases.stream().map(Release::of).toList(),
                        sources.stream().map(Source::of).toList()))));
    }

    @Override
    public Uni<Catalog> get() {
        return catalog.get();
    }

    /** The catalog if it is in memory, else null. */
    @Override
    public Catalog now() {
        return catalog.now();
    }

    @Override
    public Uni<Runnable> prepare(DatasetChanged change) {
        return catalog.prepare();
    }

    @Override
    public void discard() {
        catalog.invalidate();
    }

    @Override
    public Stage stage() {
        return Stage.CATALOG;
    }

    private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
        return values.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity()));
    }

    @Override
    public Snapshot<?> inMemory() {
        return catalog;
    }
}
