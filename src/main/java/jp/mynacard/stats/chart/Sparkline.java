package jp.mynacard.stats.chart;

import java.util.List;

/** A word-sized line of one area's figures, with a dot on the latest: no axes, the figures in its title. */
public final class Sparkline {

    public static final int WIDTH = 120;
    public static final int HEIGHT = 32;
    private static final double PAD = 3;
    private static final String COLOUR = "#0072B2";

    private Sparkline() {
    }

    /** {@code title}: what a screen reader and a tooltip say (metric, area, latest value and date, source). */
    public static String render(ChartSeries series, String title) {
        List<ChartSeries.Point> points = series.points();
        double min = points.stream().mapToDouble(p -> p.value().doubleValue()).min().orElseThrow();
        double max = points.stream().mapToDouble(p -> p.value().doubleValue()).max().orElseThrow();
        long first = points.get(0).date().toEpochDay();
        long last = points.get(points.size() - 1).date().toEpochDay();
        StringBuilder line = new StringBuilder();
        double lastX = 0;
        double lastY = 0;
        for (ChartSeries.Point p : points) {
            lastX = last == first ? WIDTH / 2.0 : PAD + (double) (p.date().toEpochDay() - first) / (last - first) * (WIDTH - 2 * PAD);
            lastY = max == min ? HEIGHT / 2.0 : HEIGHT - PAD - (p.value().doubleValue() - min) / (max - min) * (HEIGHT - 2 * PAD);
            line.append(Svg.number(lastX)).append(',').append(Svg.number(lastY)).append(' ');
        }
        return new Svg(WIDTH, HEIGHT, title, series.label())
                .raw("<polyline fill=\"none\" stroke=\"" + COLOUR + "\" stroke-width=\"1.5\" stroke-linejoin=\"round\" points=\""
                        + line.toString().strip() + "\"/>")
                .raw("<circle cx=\"" + Svg.number(lastX) + "\" cy=\"" + Svg.number(lastY) + "\" r=\"2.5\" fill=\"" + COLOUR + "\"/>")
                .end();
    }
}
