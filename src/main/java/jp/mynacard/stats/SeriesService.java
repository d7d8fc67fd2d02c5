package jp.mynacard.stats;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.mynacard.area.AreaDirectory;
import jp.mynacard.area.AreaView;
import jp.mynacard.figure.ObservationQuery;
import jp.mynacard.metric.Metric;
import jp.mynacard.metric.MetricCatalog;
import jp.mynacard.release.Vintage;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One area's series of some metrics, grouped per metric in the order asked. */
@ApplicationScoped
public class SeriesService {

    @Inject
    AreaDirectory areas;

    @Inject
    MetricCatalog metrics;

    @Inject
    PreferredFigures figures;

    @Inject
    MetaFactory meta;

    /**
     * {@code metricIds} chooses from the catalog (the caller validated them against it); one figure per
     * date, of {@code source} or else by source precedence.
     */
    public Uni<SeriesResponse> series(String area, Function<Map<String, Metric>, List<String>> metricIds,
                                      DateRange range, String source, Vintage vintage) {
        return areas.resolve(area).chain(resolved -> metrics.all().chain(catalog -> {
            List<String> ids = metricIds.apply(catalog);
            return figures.find(ObservationQuery.of(ids).area(resolved.code).between(range.start(), range.end())
                            .source(source).asOf(vintage).build())
                    .chain(found -> meta.of(found, ids, null).map(m -> new SeriesResponse(AreaView.from(resolved),
                            ids.stream().map(id -> SeriesResponse.Series.of(catalog.get(id), found.rows())).toList(), m)));
        }));
    }
}
