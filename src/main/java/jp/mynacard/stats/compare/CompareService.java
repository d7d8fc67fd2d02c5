package jp.mynacard.stats.compare;

import jp.mynacard.stats.AnalysisInputs;
import jp.mynacard.stats.DateRange;
import jp.mynacard.stats.ResponseMeta;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.mynacard.area.Area;
import jp.mynacard.area.AreaView;
import jp.mynacard.observation.ObservationQuery;
import jp.mynacard.observation.ObservationRow;
import jp.mynacard.metric.Metric;
import jp.mynacard.metric.MetricCatalog;
import jp.mynacard.release.Vintage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Areas side by side on one metric, aligned on dates, against a base area ({@link CompareResponse#METHOD}). */
@ApplicationScoped
public class CompareService {

    private static final int RATIO_SCALE = 4;

    @Inject
    AnalysisInputs inputs;

    public Uni<CompareResponse> compare(List<String> areaQueries, String metricId, String baseQuery, DateRange range,
                                        String source, Vintage vintage) {
        return inputs.withCatalogs((index, catalog) -> {
            Metric metric = MetricCatalog.require(catalog, metricId);
            List<Area> compared = areaQueries.stream().map(index::resolve).distinct().toList();
            Area base = index.resolve(baseQuery);
            List<String> shown = Stream.concat(Stream.of(base), compared.stream()).map(a -> a.code()).distinct().toList();
            return inputs.figures.find(ObservationQuery.of(List.of(metric.id)).areas(shown).between(range.start(), range.end())
                            .source(source).asOf(vintage).build())
                    .chain(found -> inputs.meta.of(found, List.of(metric.id), null)
                            .map(m -> aligned(metric, base, compared, shown, found.totals(), m)));
        });
    }

    private static CompareResponse aligned(Metric metric, Area base, List<Area> compared, List<String> shown,
                                           List<ObservationRow> rows, ResponseMeta meta) {
        Map<String, Map<LocalDate, BigDecimal>> values = new HashMap<>();
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (ObservationRow row : rows) {
            values.computeIfAbsent(row.areaCode(), code -> new HashMap<>()).put(row.date(), row.value());
            dates.add(row.date());
        }
        List<CompareResponse.Row> aligned = new ArrayList<>(dates.size());
        for (LocalDate date : dates) {
            BigDecimal baseValue = valueOf(values, base.code(), date);
            aligned.add(new CompareResponse.Row(date, baseValue, compared.stream()
                    .map(area -> cell(area.code(), valueOf(values, area.code(), date), baseValue)).toList()));
        }
        List<CompareResponse.Gap> gaps = shown.stream()
                .map(code -> new CompareResponse.Gap(code, dates.stream().filter(d -> valueOf(values, code, d) == null).toList()))
                .filter(gap -> !gap.dates().isEmpty()).toList();
        return new CompareResponse(metric.id, metric.unit, AreaView.from(base), compared.stream().map(AreaView::from).toList(),
                CompareResponse.METHOD, aligned, gaps, meta.counting(aligned.size()));
    }

    private static BigDecimal valueOf(Map<String, Map<LocalDate, BigDecimal>> values, String area, LocalDate date) {
        return values.getOrDefault(area, Map.of()).get(date);
    }

    private static CompareResponse.Cell cell(String area, BigDecimal value, BigDecimal base) {
        boolean both = value != null && base != null;
        return new CompareResponse.Cell(area, value, both ? value.subtract(base) : null,
                both && base.signum() != 0 ? value.divide(base, RATIO_SCALE, RoundingMode.HALF_EVEN) : null);
    }
}
