package jp.mynacard.stats.projection;

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
import jp.mynacard.problem.ApiException;
import jp.mynacard.problem.ProblemType;
import jp.mynacard.release.Vintage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** When an area's rate reaches a target at its recent pace ({@link ProjectionResponse#METHOD}). */
@ApplicationScoped
public class ProjectionService {

    static final int MIN_POINTS = 3;
    private static final BigDecimal CEILING = BigDecimal.valueOf(100);
    private static final String RATE_UNIT = "percent";

    @Inject
    AnalysisInputs inputs;

    /** The question: an area, a rate metric, a target rate, how many latest figures to fit, within which dates. */
    public record Question(String area, String metric, BigDecimal target, int points, DateRange range, String source) {
    }

    public Uni<ProjectionResponse> project(Question question, Vintage vintage) {
        return inputs.withCatalogs((index, catalog) -> {
            Metric metric = MetricCatalog.require(catalog, question.metric());
            if (!RATE_UNIT.equals(metric.unit)) {
                throw ApiException.invalidParameter("metric", "must be a rate in percent to be projected to a target; '"
                        + metric.id + "' is in " + metric.unit);
            }
            Area area = index.resolve(question.area());
            return inputs.figures.find(ObservationQuery.of(List.of(metric.id)).areas(List.of(area.code()))
                            .between(question.range().start(), question.range().end()).source(question.source())
                            .asOf(vintage).build())
                    .chain(found -> {
                        List<ObservationRow> series = found.totals().stream()
                                .sorted(Comparator.comparing(ObservationRow::date)).toList();
                        if (series.size() < MIN_POINTS) {
                            throw new ApiException(ProblemType.TOO_FEW_FIGURES, area.nameJa() + " (" + area.code() + ") has "
                                    + series.size() + " figure(s) of " + metric.id + " in the dates asked; a projection "
                                    + "needs at least " + MIN_POINTS + ".");
                        }
                        List<ObservationRow> window = series.subList(Math.max(0, series.size() - question.points()),
                                series.size());
                        return inputs.meta.of(window, List.of(metric.id), null)
                                .map(m -> answer(area, metric, question.target(), series, window, m));
                    });
        });
    }

    private static ProjectionResponse answer(Area area, Metric metric, BigDecimal target, List<ObservationRow> series,
                                             List<ObservationRow> window, ResponseMeta meta) {
        LocalDate reachedOn = series.stream().filter(r -> r.value().compareTo(target) >= 0).map(ObservationRow::date)
                .findFirst().orElse(null);
        List<Trend.Point> points = window.stream().map(r -> new Trend.Point(r.date(), r.value().doubleValue())).toList();
        boolean belowCeiling = window.stream().allMatch(r -> r.value().compareTo(CEILING) < 0);
        List<ProjectionResponse.Projection> projections = List.of(
                projection(Trend.linear(points), target, reachedOn == null),
                belowCeiling ? projection(Trend.saturating(points, CEILING.doubleValue()), target, reachedOn == null)
                        : new ProjectionResponse.Projection(Trend.Shape.SATURATING.id, null, paceUnit(Trend.Shape.SATURATING),
                        null, null, null, null, "A figure in the window is at or above 100 %."));
        String status = reachedOn != null ? "reached"
                : projections.stream().anyMatch(p -> p.reachesOn() != null) ? "projected" : "not-at-this-pace";
        List<ProjectionResponse.Figure> used = window.stream()
                .map(r -> new ProjectionResponse.Figure(r.date(), r.value(), r.source())).toList();
        return new ProjectionResponse(AreaView.from(area), metric.id, metric.unit, target, status, reachedOn,
                used.get(used.size() - 1), new ProjectionResponse.Window(used.get(0).date(), used.get(used.size() - 1).date(),
                used.size()), ProjectionResponse.METHOD, projections, used, meta.counting(used.size()));
    }

    private static ProjectionResponse.Projection projection(Trend trend, BigDecimal target, boolean pending) {
        Trend.Crossing crossing = pending ? trend.crossing(target.doubleValue()) : null;
        return new ProjectionResponse.Projection(trend.shape().id, round(trend.pacePerYear(), 3), paceUnit(trend.shape()),
                round(trend.rSquared(), 4), crossing == null ? null : crossing.on(),
                crossing == null ? null : crossing.earliest(), crossing == null ? null : crossing.latest(), null);
    }

    private static String paceUnit(Trend.Shape shape) {
        return shape == Trend.Shape.LINEAR ? "points/year" : "share of the distance to 100 % per year";
    }

    private static BigDecimal round(double value, int scale) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_EVEN) : null;
    }
}
