package jp.mynacard.release;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jp.mynacard.common.OwnSession;
import jp.mynacard.common.Snapshot;
import jp.mynacard.ingest.DatasetChanged;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Releases and sources in memory, for the provenance every answer carries. Reloaded after each import. */
@ApplicationScoped
public class ReleaseCatalog {

    public record Catalog(Map<Long, Release> releases, Map<String, Source> sources) {
    }

    private final Snapshot<Catalog> catalog;

    @Inject
    ReleaseCatalog(OwnSession session) {
        catalog = new Snapshot<>(() -> Uni.combine().all()
                .unis(session.list("from Release", Release.class), session.list("from Source", Source.class))
                .with((releases, sources) -> new Catalog(index(releases, r -> r.id), index(sources, s -> s.id))));
    }

    public Uni<Catalog> get() {
        return catalog.get();
    }

    /** The catalog if it is in memory, else null. */
    public Catalog now() {
        return catalog.now();
    }

    void invalidate(@Observes DatasetChanged event) {
        catalog.invalidate();
    }

    private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
        return values.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity()));
    }
}
