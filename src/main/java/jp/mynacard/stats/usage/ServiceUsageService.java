package jp.mynacard.stats.usage;

import jp.mynacard.stats.DateRange;
import jp.mynacard.stats.MetaFactory;
import jp.mynacard.stats.PreferredFigures;
import jp.mynacard.stats.series.SeriesResponse;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jp.mynacard.area.AreaDirectory;
import jp.mynacard.area.AreaView;
import jp.mynacard.observation.ObservationQuery;
import jp.mynacard.metric.Metric;
import jp.mynacard.metric.MetricCatalog;
import jp.mynacard.release.Vintage;

import java.util.List;

/** The usage series of some services for an area, grouped by service and metric (every category). */
@ApplicationScoped
public class ServiceUsageService {

    static final String COVERAGE = "Service figures are sparse: the Digital Agency dashboard's monthly CSV was not "
            + "available, so these are the points that MHLW, the Digital Agency and the press published; see each "
            + "figure's source. Breakdowns by facility type or insurer type are in `category`.";

    private final AreaDirectory areas;
    private final MetricCatalog metrics;
    private final PreferredFigures figures;
    private final MetaFactory meta;

    ServiceUsageService(AreaDirectory areas, MetricCatalog metrics, PreferredFigures figures, MetaFactory meta) {
        this.areas = areas;
        this.metrics = metrics;
        this.figures = figures;
        this.meta = meta;
    }

    Uni<ServiceUsageResponse> usage(List<CardService> services, String area, DateRange range, Vintage vintage) {
        return Uni.combine().all().unis(areas.resolve(area), metrics.all()).withUni((resolved, catalog) -> {
            List<String> serviceIds = services.stream().map(CardService::id).toList();
            List<Metric> used = catalog.values().stream().filter(m -> serviceIds.contains(m.service)).toList();
            List<String> ids = used.stream().map(m -> m.id).toList();
            ObservationQuery query = ObservationQuery.of(ids).area(resolved.code()).between(range.start(), range.end())
                    .category(ObservationQuery.ANY).asOf(vintage).build();
            return figures.find(query).chain(found -> meta.of(found, ids, COVERAGE).map(m ->
                    new ServiceUsageResponse(AreaView.from(resolved), services.stream()
                            .map(s -> new ServiceUsageResponse.ServiceSeries(s.id(), s.nameJa(), s.nameEn(),
                                    used.stream().filter(metric -> s.id().equals(metric.service))
                                            .map(metric -> SeriesResponse.Series.of(metric, found.rows())).toList()))
                            .toList(), m)));
        });
    }
}
