package jp.mynacard.stats.series;

import jp.mynacard.stats.AnalysisInputs;
import jp.mynacard.stats.DateRange;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.mynacard.area.Area;
import jp.mynacard.area.AreaView;
import jp.mynacard.observation.ObservationQuery;
import jp.mynacard.metric.Metric;
import jp.mynacard.release.Vintage;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One area's series of some metrics, grouped per metric in the order asked. */
@ApplicationScoped
public class SeriesService {

    @Inject
    AnalysisInputs inputs;

    /**
     * {@code metricIds} chooses from the catalog (the caller validated them against it); one figure per
     * date, of {@code source} or else by source precedence.
     */
    public Uni<SeriesResponse> series(String area, Function<Map<String, Metric>, List<String>> metricIds,
                                      DateRange range, String source, Vintage vintage) {
        return inputs.withCatalogs((index, catalog) -> {
            Area resolved = index.resolve(area);
            List<String> ids = metricIds.apply(catalog);
            return inputs.figures.find(ObservationQuery.of(ids).area(resolved.code()).between(range.start(), range.end())
                            .source(source).asOf(vintage).build())
                    .chain(found -> inputs.meta.of(found, ids, null).map(m -> new SeriesResponse(AreaView.from(resolved),
                            ids.stream().map(id -> SeriesResponse.Series.of(catalog.get(id), found.rows())).toList(), m)));
        });
    }
}
