package jp.mynacard.release;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.mynacard.common.DatasetChanged;
import jp.mynacard.common.DatasetView;
import jp.mynacard.common.OwnSession;
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
public class ReleaseCatalog implements DatasetView {

    /**
     * Releases and sources by id, with what every answer needs of them worked out once per load:
     * {@code latestState} names the latest state in validators ("r{newest id}.{retractions}"),
     * {@code lastModified} is the newest import or retraction, {@code lastUpdated} the newest import
     * still counted (null with no releases).
     */
    public record Catalog(Map<Long, Release> releases, Map<String, Source> sources, String latestState,
                          OffsetDateTime lastModified, OffsetDateTime lastUpdated) {

        static Catalog of(List<Release> releases, List<Source> sources) {
            long newest = releases.stream().mapToLong(r -> r.id).max().orElse(0);
            long retracted = releases.stream().filter(r -> r.retractedAt != null).count();
            OffsetDateTime lastModified = releases.stream().flatMap(r -> Stream.of(r.importedAt, r.retractedAt))
                    .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(OffsetDateTime.now(ZoneOffset.UTC));
            OffsetDateTime lastUpdated = releases.stream().filter(r -> r.retractedAt == null).map(r -> r.importedAt)
                    .max(Comparator.naturalOrder()).orElse(null);
            return new Catalog(index(releases, r -> r.id), index(sources, s -> s.id), "r" + newest + "." + retracted,
                    lastModified, lastUpdated);
        }
    }

    private final Snapshot<Catalog> catalog;

    @Inject
    ReleaseCatalog(OwnSession session) {
        catalog = new Snapshot<>(() -> Uni.combine().all()
                .unis(session.list("from Release", Release.class), session.list("from Source", Source.class))
                .with(Catalog::of));
    }

    public Uni<Catalog> get() {
        return catalog.get();
    }

    /** The catalog if it is in memory, else null. */
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
}
