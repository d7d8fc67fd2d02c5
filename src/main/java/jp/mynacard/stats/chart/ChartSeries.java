package jp.mynacard.stats.chart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One line of a chart: a label (an area's name) and its figures, oldest first. */
public record ChartSeries(String label, List<Point> points) {

    /** A figure at its reference date. */
    public record Point(LocalDate date, BigDecimal value) {
    }
}
