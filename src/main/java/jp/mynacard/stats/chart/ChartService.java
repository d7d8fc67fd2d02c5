package jp.mynacard.stats.chart;

import jp.mynacard.stats.AnalysisInputs;
import jp.mynacard.stats.DateRange;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jp.mynacard.area.Area;
import jp.mynacard.observation.ObservationQuery;
import jp.mynacard.observation.ObservationRow;
import jp.mynacard.metric.Metric;
import jp.mynacard.metric.MetricCatalog;
import jp.mynacard.problem.ApiException;
import jp.mynacard.problem.ProblemType;
import jp.mynacard.release.SourceView;
import jp.mynacard.release.Vintage;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A metric's figures for some areas drawn as SVG: a line chart or a sparkline, with their sources. */
@ApplicationScoped
public class ChartService {

    private final AnalysisInputs inputs;

    ChartService(AnalysisInputs inputs) {
        this.inputs = inputs;
    }

    /** What to draw: a metric for areas (in the order given) within dates, labelled in Japanese or English. */
    record Question(String metric, List<String> areas, DateRange range, String source, boolean english) {
    }

    Uni<String> lineChart(Question question, Vintage vintage) {
        return drawn(question, vintage, (metric, lines, caption) -> LineChart.render(new LineChart.Spec(
                question.english() ? metric.nameEn : metric.nameJa,
                (question.english() ? metric.nameJa : metric.nameEn) + " · " + span(lines),
                "percent".equals(metric.unit) ? "%" : metric.unit, lines, caption)));
    }

    Uni<String> sparkline(Question question, Vintage vintage) {
        return drawn(question, vintage, (metric, lines, caption) -> {
            ChartSeries line = lines.get(0);
            ChartSeries.Point latest = line.points().get(line.points().size() - 1);
            String unit = "percent".equals(metric.unit) ? " %" : " " + metric.unit;
            return Sparkline.render(line, line.label() + " " + (question.english() ? metric.nameEn : metric.nameJa) + ": "
                    + latest.value().toPlainString() + unit + " (" + latest.date() + "). " + caption);
        });
    }

    private interface Drawing {
        String draw(Metric metric, List<ChartSeries> lines, String caption);
    }

    private Uni<String> drawn(Question question, Vintage vintage, Drawing drawing) {
        return inputs.withCatalogs((index, catalog) -> {
            Metric metric = MetricCatalog.require(catalog, question.metric());
            List<Area> areas = question.areas().stream().map(index::resolve).distinct().toList();
            return inputs.figures.find(ObservationQuery.of(List.of(metric.id)).areas(areas.stream().map(a -> a.code()).toList())
                            .between(question.range().start(), question.range().end()).source(question.source())
                            .asOf(vintage).build())
                    .chain(found -> {
                        Map<String, List<ObservationRow>> byArea = found.totals().stream()
                                .sorted(Comparator.comparing(ObservationRow::date))
                                .collect(Collectors.groupingBy(ObservationRow::areaCode));
                        List<ChartSeries> lines = areas.stream().filter(a -> byArea.containsKey(a.code()))
                                .map(a -> new ChartSeries(label(a, question.english()), byArea.get(a.code()).stream()
                                        .map(r -> new ChartSeries.Point(r.date(), r.value())).toList()))
                                .toList();
                        if (lines.isEmpty()) {
                            throw new ApiException(ProblemType.NO_DATA, "No figures of " + metric.id + " for "
                                    + areas.stream().map(a -> a.nameJa() + " (" + a.code() + ")").collect(Collectors.joining(", "))
                                    + " in the dates asked.");
                        }
                        List<ObservationRow> drawn = byArea.values().stream().flatMap(List::stream).toList();
                        return inputs.meta.of(drawn, List.of(metric.id), null)
                                .map(meta -> drawing.draw(metric, lines, caption(meta.sources(), lines, question.english())));
                    });
        });
    }

    private static String label(Area area, boolean english) {
        return english && area.nameEn() != null ? area.nameEn() : area.nameJa();
    }

    private static String span(List<ChartSeries> lines) {
        List<ChartSeries.Point> points = lines.stream().flatMap(l -> l.points().stream())
                .sorted(Comparator.comparing(ChartSeries.Point::date)).toList();
        return points.get(0).date() + " – " + points.get(points.size() - 1).date();
    }

    /** The sources (publisher and id) and the reference dates, then where the figures come from. */
    private static String caption(List<SourceView> sources, List<ChartSeries> lines, boolean english) {
        String cited = sources.stream().map(s -> s.publisher() + " (" + s.id() + ")").collect(Collectors.joining("; "));
        return (english ? "Source: " : "出典: ") + cited + "; " + (english ? "reference dates " : "基準日 ") + span(lines)
                + "; mynacard-api";
    }
}
