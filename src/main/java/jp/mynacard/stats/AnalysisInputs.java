package jp.mynacard.stats;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import jp.mynacard.area.AreaDirectory;
import jp.mynacard.area.AreaIndex;
import jp.mynacard.metric.Metric;
import jp.mynacard.metric.MetricCatalog;

import java.util.Map;
import java.util.function.BiFunction;

/**
 * What an answer about areas and metrics reads: both catalogs, the preferred figures and the meta they
 * carry. A singleton, not a proxied bean, so its fields can be read directly.
 */
@Singleton
public class AnalysisInputs {

    private final AreaDirectory areas;
    private final MetricCatalog metrics;
    public final PreferredFigures figures;
    public final MetaFactory meta;

    AnalysisInputs(AreaDirectory areas, MetricCatalog metrics, PreferredFigures figures, MetaFactory meta) {
        this.areas = areas;
        this.metrics = metrics;
        this.figures = figures;
        this.meta = meta;
    }

    /** {@code answer} given the area index and the metric catalog of the moment (both read at once). */
    public <T> Uni<T> withCatalogs(BiFunction<AreaIndex, Map<String, Metric>, Uni<T>> answer) {
        return Uni.combine().all().unis(areas.index(), metrics.all()).withUni(answer);
    }
}
