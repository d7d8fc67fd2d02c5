package jp.mynacard.stats.chart;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A line chart of one metric for one or more areas, as SVG: title, legend, a y axis in the metric's
 * unit from zero, an x axis by year, a dot (with its date and value as a tooltip) at every reference
 * date, and the sources and dates as a caption. Lines join consecutive figures; nothing is added
 * between them.
 */
public final class LineChart {

    public static final int WIDTH = 720;
    public static final int HEIGHT = 400;
    /** Okabe-Ito: told apart with the common colour-vision deficiencies. */
    private static final List<String> COLOURS = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9");
    /** One colour each. */
    public static final int MAX_SERIES = 6;
    private static final double LEFT = 84;
    private static final double RIGHT = WIDTH - 24;
    private static final double TOP = 86;
    private static final double BOTTOM = HEIGHT - 84;
    private static final int Y_TICKS = 5;
    private static final int CAPTION_LINES = 4;
    private static final double CAPTION_SIZE = 10;

    /** What to draw: texts already in the reader's language. */
    public record Spec(String title, String subtitle, String unitLabel, List<ChartSeries> series, String caption) {
    }

    private LineChart() {
    }

    public static String render(Spec spec) {
        List<ChartSeries.Point> all = spec.series().stream().flatMap(s -> s.points().stream()).toList();
        Scale y = Scale.of(all.stream().mapToDouble(p -> p.value().doubleValue()).min().orElse(0),
                all.stream().mapToDouble(p -> p.value().doubleValue()).max().orElse(1));
        long first = all.stream().mapToLong(p -> p.date().toEpochDay()).min().orElseThrow();
        long last = all.stream().mapToLong(p -> p.date().toEpochDay()).max().orElseThrow();
        Axis x = new Axis(first == last ? first - 15 : first, first == last ? last + 15 : last);

        Svg svg = new Svg(WIDTH, HEIGHT, spec.title(), spec.subtitle() + ". " + spec.caption());
        svg.raw("<rect width=\"" + WIDTH + "\" height=\"" + HEIGHT + "\" fill=\"#ffffff\"/>");
        svg.text(LEFT, 26, "font-size=\"17\" font-weight=\"bold\" fill=\"#111111\"", spec.title());
        svg.text(LEFT, 46, "font-size=\"12\" fill=\"#555555\"", spec.subtitle());
        legend(svg, spec.series());
        yAxis(svg, y, spec.unitLabel());
        xAxis(svg, x);
        for (int i = 0; i < spec.series().size(); i++) {
            line(svg, spec.series().get(i), COLOURS.get(i), x, y);
        }
        double captionY = BOTTOM + 36;
        for (String line : wrap(spec.caption())) {
            svg.text(LEFT, captionY, "font-size=\"" + (int) CAPTION_SIZE + "\" fill=\"#555555\"", line);
            captionY += 12.5;
        }
        return svg.end();
    }

    private static void legend(Svg svg, List<ChartSeries> series) {
        double at = LEFT;
        for (int i = 0; i < series.size(); i++) {
            svg.raw("<rect x=\"" + Svg.number(at) + "\" y=\"57\" width=\"14\" height=\"4\" fill=\"" + COLOURS.get(i) + "\"/>");
            svg.text(at + 19, 63, "font-size=\"12\" fill=\"#111111\"", series.get(i).label());
            at += 30 + 12 * series.get(i).label().length();
        }
    }

    private static void yAxis(Svg svg, Scale y, String unitLabel) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ROOT);
        format.setGroupingUsed(true);
        format.setMaximumFractionDigits(2);
        for (double tick = y.low; tick <= y.high + y.step / 2; tick += y.step) {
            double at = y.at(tick);
            svg.raw("<line x1=\"" + Svg.number(LEFT) + "\" x2=\"" + Svg.number(RIGHT) + "\" y1=\"" + Svg.number(at)
                    + "\" y2=\"" + Svg.number(at) + "\" stroke=\"" + (tick == 0 ? "#888888" : "#e3e3e3") + "\" stroke-width=\"1\"/>");
            svg.text(LEFT - 6, at + 4, "font-size=\"11\" fill=\"#333333\" text-anchor=\"end\"", format.format(tick));
        }
        svg.text(LEFT - 6, TOP - 10, "font-size=\"11\" fill=\"#333333\" text-anchor=\"end\"", unitLabel);
    }

    private static void xAxis(Svg svg, Axis x) {
        svg.raw("<line x1=\"" + Svg.number(LEFT) + "\" x2=\"" + Svg.number(RIGHT) + "\" y1=\"" + Svg.number(BOTTOM)
                + "\" y2=\"" + Svg.number(BOTTOM) + "\" stroke=\"#888888\" stroke-width=\"1\"/>");
        List<LocalDate> ticks = x.yearTicks();
        List<String> labels = ticks.stream().map(d -> Integer.toString(d.getYear())).toList();
        if (ticks.size() < 2) {
            ticks = List.of(LocalDate.ofEpochDay(x.first), LocalDate.ofEpochDay(x.last));
            labels = ticks.stream().map(LocalDate::toString).toList();
        }
        for (int i = 0; i < ticks.size(); i++) {
            double at = x.at(ticks.get(i));
            svg.raw("<line x1=\"" + Svg.number(at) + "\" x2=\"" + Svg.number(at) + "\" y1=\"" + Svg.number(BOTTOM)
                    + "\" y2=\"" + Svg.number(BOTTOM + 5) + "\" stroke=\"#888888\" stroke-width=\"1\"/>");
            svg.text(at, BOTTOM + 19, "font-size=\"11\" fill=\"#333333\" text-anchor=\"middle\"", labels.get(i));
        }
    }

    private static void line(Svg svg, ChartSeries series, String colour, Axis x, Scale y) {
        StringBuilder points = new StringBuilder();
        for (ChartSeries.Point p : series.points()) {
            points.append(Svg.number(x.at(p.date()))).append(',').append(Svg.number(y.at(p.value().doubleValue()))).append(' ');
        }
        svg.raw("<polyline fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"2\" stroke-linejoin=\"round\" points=\""
                + points.toString().strip() + "\"/>");
        for (ChartSeries.Point p : series.points()) {
            svg.raw("<circle cx=\"" + Svg.number(x.at(p.date())) + "\" cy=\"" + Svg.number(y.at(p.value().doubleValue()))
                    + "\" r=\"2.5\" fill=\"" + colour + "\"><title>" + Svg.escape(series.label() + " " + p.date() + ": "
                    + p.value().toPlainString()) + "</title></circle>");
        }
    }

    /**
     * The caption in lines that fit the chart's width, broken at "; "; what does not fit in
     * {@link #CAPTION_LINES} lines is counted on the last one (every source stays listed by /api/v1/sources).
     */
    static List<String> wrap(String caption) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] parts = caption.split("; ");
        for (int i = 0; i < parts.length; i++) {
            String next = line.isEmpty() ? parts[i] : line + "; " + parts[i];
            if (!line.isEmpty() && width(next) > RIGHT - LEFT) {
                if (lines.size() == CAPTION_LINES - 1) {
                    line.append("; … +").append(parts.length - i);
                    break;
                }
                lines.add(line.toString());
                line.setLength(0);
                line.append(parts[i]);
            } else {
                line.setLength(0);
                line.append(next);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** Roughly how wide a caption text is: CJK characters are square, Latin ones about half as wide. */
    private static double width(String text) {
        return text.codePoints().mapToDouble(c -> c >= 0x2E80 ? CAPTION_SIZE : CAPTION_SIZE * 0.56).sum();
    }

    /** The y axis: from zero (or the lowest value, if negative) to a round number above the highest. */
    private record Scale(double low, double high, double step) {

        static Scale of(double min, double max) {
            double low = Math.min(0, min);
            double high = Math.max(max, low + 1e-9);
            double step = niceStep((high - low) / Y_TICKS);
            return new Scale(Math.floor(low / step) * step, Math.ceil(high / step) * step, step);
        }

        private static double niceStep(double raw) {
            double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
            double fraction = raw / magnitude;
            double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
            return nice * magnitude;
        }

        double at(double value) {
            return BOTTOM - (value - low) / (high - low) * (BOTTOM - TOP);
        }
    }

    /** The x axis: the days from the first figure to the last. */
    private record Axis(long first, long last) {

        double at(LocalDate date) {
            return LEFT + (double) (date.toEpochDay() - first) / (last - first) * (RIGHT - LEFT);
        }

        /** 1 January of each year inside the span; every other year beyond eight of them. */
        List<LocalDate> yearTicks() {
            LocalDate start = LocalDate.ofEpochDay(first);
            int from = start.getDayOfYear() == 1 ? start.getYear() : start.getYear() + 1;
            int to = LocalDate.ofEpochDay(last).getYear();
            int every = to - from > 8 ? 2 : 1;
            List<LocalDate> ticks = new ArrayList<>();
            for (int year = from; year <= to; year += every) {
                ticks.add(LocalDate.of(year, 1, 1));
            }
            return ticks;
        }
    }
}
