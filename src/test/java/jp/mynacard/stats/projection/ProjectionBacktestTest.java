package jp.mynacard.stats.projection;

import jp.mynacard.testsupport.ApiTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The projection method replayed on the real history: MIC's tables (C4J) of cards issued per
 * population, the nation and the 47 prefectures, 2017 to 2023. At every date
 * the fit sees only the figures up to it, and its answers are compared with the figures that followed.
 * docs/projections.md shows the table this test computes; it fails when they differ.
 */
@ApiTest
class ProjectionBacktestTest {

    private static final Path PAGE = Path.of("docs/projections.md");
    private static final String START = "<!-- backtest:start -->";
    private static final String END = "<!-- backtest:end -->";
    private static final List<Integer> WINDOWS = List.of(3, 6, 12);
    private static final List<Integer> HORIZON_MONTHS = List.of(6, 12);
    private static final List<Integer> TARGETS = List.of(20, 30, 40, 50, 60);
    /** The figure compared with a horizon is the one nearest to it, if no further than this. */
    private static final int NEAREST_DAYS = 31;
    private static final double CEILING = 100;

    @Test
    void docsShowTheErrorOfTheMethodOnTheRealHistory() throws IOException {
        Map<String, List<Trend.Point>> history = new LinkedHashMap<>();
        IntStream.rangeClosed(0, 47).mapToObj(i -> String.format("%02d", i)).forEach(code -> history.put(code, series(code)));
        IntSummaryStatistics lengths = history.values().stream().mapToInt(List::size).summaryStatistics();
        LocalDate first = history.values().stream().map(s -> s.get(0).date()).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = history.values().stream().map(s -> s.get(s.size() - 1).date()).max(LocalDate::compareTo).orElseThrow();

        StringBuilder table = new StringBuilder(START).append('\n');
        table.append(String.format(Locale.ROOT, "%nSeries: %d areas, %d to %d figures each, from %s to %s.%n",
                history.size(), lengths.getMin(), lengths.getMax(), first, last));
        table.append("\n**Rate at a horizon.** The fit's rate on the date of a later figure, minus that figure, in points.\n\n");
        table.append("| fit | window | horizon | forecasts | mean abs. error | median abs. error | 90th pct abs. error | mean error (bias) |\n");
        table.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Trend.Shape shape : Trend.Shape.values()) {
            for (int window : WINDOWS) {
                for (int months : HORIZON_MONTHS) {
                    List<Double> errors = horizonErrors(history, shape, window, months);
                    table.append(String.format(Locale.ROOT, "| %s | %d | %d months | %d | %.1f | %.1f | %.1f | %+.1f |\n",
                            shape.id, window, months, errors.size(), meanAbs(errors), percentileAbs(errors, 50),
                            percentileAbs(errors, 90), mean(errors)));
                }
            }
        }
        table.append("\n**Date a target is reached.** From every date up to 12 months before an area's first figure at or above ")
                .append("the target (")
                .append(String.join(", ", TARGETS.stream().map(t -> t + " %").toList()))
                .append("), window ").append(ProjectionResource.DEFAULT_POINTS)
                .append(": the projected date minus the date of that first figure, in days.\n\n");
        table.append("| fit | forecasts | no crossing projected | median abs. error | 90th pct abs. error | mean error (bias) | figure's date inside the 95 % range |\n");
        table.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (Trend.Shape shape : Trend.Shape.values()) {
            Reach reach = reachErrors(history, shape, ProjectionResource.DEFAULT_POINTS);
            table.append(String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %.0f | %+.0f | %d %% |\n", shape.id,
                    reach.forecasts, reach.missed, percentileAbs(reach.days, 50), percentileAbs(reach.days, 90),
                    mean(reach.days), Math.round(100.0 * reach.covered / reach.forecasts)));
        }
        table.append('\n').append(END);

        String page = Files.readString(PAGE);
        String rendered = page.substring(0, page.indexOf(START)) + table + page.substring(page.indexOf(END) + END.length());
        if (!rendered.equals(page)) {
            Files.writeString(Path.of("target/projections.md"), rendered);
        }
        assertEquals(rendered, page, "docs/projections.md differs from the backtest: cp target/projections.md docs/");
    }

    private static List<Trend.Point> series(String area) {
        List<Map<String, Object>> points = given().queryParam("metric", "cards-issued-rate").queryParam("source", "C4J")
                .get("/api/v1/areas/{code}/series", area).then().statusCode(200).extract().jsonPath().getList("series[0].points");
        return points.stream().map(p -> new Trend.Point(LocalDate.parse((String) p.get("date")),
                ((Number) p.get("value")).doubleValue())).toList();
    }

    private static Trend fit(Trend.Shape shape, List<Trend.Point> window) {
        return shape == Trend.Shape.LINEAR ? Trend.linear(window) : Trend.saturating(window, CEILING);
    }

    private static List<Double> horizonErrors(Map<String, List<Trend.Point>> history, Trend.Shape shape, int window, int months) {
        List<Double> errors = new ArrayList<>();
        forEachOrigin(history, window, (series, end) -> {
            Trend trend = fit(shape, series.subList(end - window, end));
            LocalDate horizon = series.get(end - 1).date().plusMonths(months);
            series.stream().skip(end)
                    .filter(p -> Math.abs(ChronoUnit.DAYS.between(horizon, p.date())) <= NEAREST_DAYS)
                    .min((a, b) -> Long.compare(Math.abs(ChronoUnit.DAYS.between(horizon, a.date())),
                            Math.abs(ChronoUnit.DAYS.between(horizon, b.date()))))
                    .ifPresent(actual -> errors.add(trend.valueOn(actual.date()) - actual.value()));
        });
        return errors;
    }

    private static final class Reach {
        int forecasts;
        int missed;
        int covered;
        final List<Double> days = new ArrayList<>();
    }

    private static Reach reachErrors(Map<String, List<Trend.Point>> history, Trend.Shape shape, int window) {
        Reach reach = new Reach();
        forEachOrigin(history, window, (series, end) -> {
            LocalDate origin = series.get(end - 1).date();
            Trend trend = fit(shape, series.subList(end - window, end));
            for (int target : TARGETS) {
                LocalDate reached = series.stream().filter(p -> p.value() >= target).map(Trend.Point::date).findFirst().orElse(null);
                if (reached == null || !reached.isAfter(origin) || reached.isAfter(origin.plusMonths(12))) {
                    continue;
                }
                reach.forecasts++;
                Trend.Crossing crossing = trend.crossing(target);
                if (crossing == null) {
                    reach.missed++;
                    continue;
                }
                reach.days.add((double) ChronoUnit.DAYS.between(reached, crossing.on()));
                boolean inside = !reached.isBefore(crossing.earliest())
                        && (crossing.latest() == null || !reached.isAfter(crossing.latest()));
                reach.covered += inside ? 1 : 0;
            }
        });
        return reach;
    }

    private interface Origin {
        void at(List<Trend.Point> series, int end);
    }

    /** Every area, every date with at least {@code window} figures up to it: the fit sees series[0, end). */
    private static void forEachOrigin(Map<String, List<Trend.Point>> history, int window, Origin origin) {
        history.values().forEach(series -> IntStream.rangeClosed(window, series.size()).forEach(end -> origin.at(series, end)));
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    private static double meanAbs(List<Double> values) {
        return mean(values.stream().map(Math::abs).toList());
    }

    /** Nearest-rank percentile of the absolute values. */
    private static double percentileAbs(List<Double> values, int percent) {
        List<Double> sorted = values.stream().map(Math::abs).sorted().toList();
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
