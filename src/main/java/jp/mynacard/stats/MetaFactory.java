package jp.mynacard.stats;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.mynacard.metric.MetricCatalog;
import jp.mynacard.metric.MetricView;
import jp.mynacard.release.Release;
import jp.mynacard.release.ReleaseCatalog;
import jp.mynacard.release.SourceView;
import jp.mynacard.web.Attribution;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** Builds the {@link ResponseMeta} of an answer from the rows it holds. */
@ApplicationScoped
public class MetaFactory {

    @Inject
    ReleaseCatalog releases;

    @Inject
    MetricCatalog metrics;

    /** Meta for {@code rows}, defining {@code metricIds} (those asked for, even when no row has them). */
    public Uni<ResponseMeta> of(List<ObservationRow> rows, Collection<String> metricIds, String note) {
        return Uni.combine().all().unis(releases.get(), metrics.all()).with((catalog, metricMap) -> {
            List<ResponseMeta.ReleaseRef> releaseRefs = new TreeSet<>(rows.stream().map(ObservationRow::release).toList())
                    .stream().map(catalog.releases()::get).filter(Objects::nonNull).map(MetaFactory::ref).toList();
            List<SourceView> sources = new TreeSet<>(rows.stream().map(ObservationRow::source).toList()).stream()
                    .map(catalog.sources()::get).filter(Objects::nonNull).map(SourceView::from).toList();
            List<MetricView> definitions = metricIds.stream().distinct().map(metricMap::get).filter(Objects::nonNull)
                    .map(MetricView::from).toList();
            OffsetDateTime lastUpdated = catalog.releases().values().stream().filter(r -> r.retractedAt == null)
                    .map(r -> r.importedAt).max(Comparator.naturalOrder()).orElse(null);
            return new ResponseMeta(rows.size(), releaseRefs, lastUpdated, sources, definitions, note, Attribution.TEXT);
        });
    }

    private static ResponseMeta.ReleaseRef ref(Release r) {
        return new ResponseMeta.ReleaseRef(r.id, r.name, r.title, r.publisher, r.url, r.referenceDate);
    }
}
