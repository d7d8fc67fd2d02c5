package jp.mynacard.stats.projection;

import org.apache.commons.math3.stat.regression.SimpleRegression;

import java.time.LocalDate;
import java.util.List;

/**
 * A least-squares line through a rate's recent figures, against the date: either of the rate itself
 * ({@link Shape#LINEAR}) or of the log of its distance to a ceiling ({@link Shape#SATURATING}, which
 * slows as the rate nears the ceiling and never passes it). Pure arithmetic, no I/O.
 */
final class Trend {

    /** How far ahead a crossing is still reported; beyond it, the pace is "not within a century". */
    private static final double HORIZON_DAYS = 36_525;
    private static final double DAYS_PER_YEAR = 365.25;
    static final double CONFIDENCE = 0.95;

    enum Shape {
        LINEAR("linear"), SATURATING("saturating");

        final String id;

        Shape(String id) {
            this.id = id;
        }
    }

    record Point(LocalDate date, double value) {
    }

    /** When the fit reaches a level, with the range the slope's confidence interval allows (null bounds: not within a century). */
    record Crossing(LocalDate on, LocalDate earliest, LocalDate latest) {
    }

    private final Shape shape;
    private final double ceiling;
    private final SimpleRegression regression = new SimpleRegression();
    private final double meanX;
    private final double meanZ;
    private final double lastX;

    private Trend(Shape shape, double ceiling, List<Point> points) {
        this.shape = shape;
        this.ceiling = ceiling;
        double sumX = 0;
        double sumZ = 0;
        for (Point p : points) {
            double x = p.date().toEpochDay();
            double z = transform(p.value());
            regression.addData(x, z);
            sumX += x;
            sumZ += z;
        }
        meanX = sumX / points.size();
        meanZ = sumZ / points.size();
        lastX = points.get(points.size() - 1).date().toEpochDay();
    }

    /** The fit of the rate itself; at least 3 points, oldest first. */
    static Trend linear(List<Point> points) {
        return new Trend(Shape.LINEAR, Double.NaN, points);
    }

    /** The fit of ln(ceiling - rate); at least 3 points, oldest first, all below the ceiling. */
    static Trend saturating(List<Point> points, double ceiling) {
        return new Trend(Shape.SATURATING, ceiling, points);
    }

    Shape shape() {
        return shape;
    }

    /** The fitted rate on a date. */
    double valueOn(LocalDate date) {
        return inverse(meanZ + regression.getSlope() * (date.toEpochDay() - meanX));
    }

    /**
     * Linear: rate points gained per year. Saturating: the share of the remaining distance to the
     * ceiling closed per year.
     */
    double pacePerYear() {
        double perYear = regression.getSlope() * DAYS_PER_YEAR;
        return shape == Shape.LINEAR ? perYear : 1 - Math.exp(perYear);
    }

    /** The share of the figures' variation (in the fitted scale) the line explains. */
    double rSquared() {
        return regression.getRSquare();
    }

    /**
     * The first day after the last figure on which the fitted rate reaches {@code target}, with the
     * range the slope's {@link #CONFIDENCE} interval gives (the line pivoting on the figures' centre);
     * null where the fit does not rise towards it within a century.
     */
    Crossing crossing(double target) {
        if (shape == Shape.SATURATING && target >= ceiling) {
            return null;
        }
        double slope = regression.getSlope();
        double half = regression.getSlopeConfidenceInterval(1 - CONFIDENCE);
        LocalDate on = crossing(target, slope);
        if (on == null) {
            return null;
        }
        LocalDate a = crossing(target, slope - half);
        LocalDate b = crossing(target, slope + half);
        if (a == null || b == null) {
            return new Crossing(on, a == null ? b : a, null);
        }
        return new Crossing(on, a.isBefore(b) ? a : b, a.isBefore(b) ? b : a);
    }

    private LocalDate crossing(double target, double slope) {
        double rising = shape == Shape.LINEAR ? slope : -slope;
        if (rising <= 0) {
            return null;
        }
        double x = meanX + (transform(target) - meanZ) / slope;
        if (x > lastX + HORIZON_DAYS) {
            return null;
        }
        return LocalDate.ofEpochDay((long) Math.max(Math.ceil(x), lastX + 1));
    }

    private double transform(double rate) {
        return shape == Shape.LINEAR ? rate : Math.log(ceiling - rate);
    }

    private double inverse(double z) {
        return shape == Shape.LINEAR ? z : ceiling - Math.exp(z);
    }
}
