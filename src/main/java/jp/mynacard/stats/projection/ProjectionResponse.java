package jp.mynacard.stats.projection;

import jp.mynacard.stats.ResponseMeta;
import jp.mynacard.area.AreaView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** When an area's rate reaches a target at its recent pace, by two fits of its latest figures. */
@Schema(name = "ProjectionResponse")
public record ProjectionResponse(
        AreaView area,
        @Schema(examples = "cards-issued-rate") String metric,
        @Schema(examples = "percent") String unit,
        @Schema(examples = "50") BigDecimal target,
        @Schema(enumeration = {"reached", "projected", "not-at-this-pace"}, description = "reached: a figure is at or above "
                + "the target (see `reachedOn`); projected: a fit reaches it (see `projections`); not-at-this-pace: no fit "
                + "rises to it within a century.", examples = "projected")
        String status,
        @Schema(nullable = true, description = "The first date with a figure at or above the target; null until then.",
                examples = "2022-10-31")
        LocalDate reachedOn,
        @Schema(description = "The newest figure used.") Figure latest,
        @Schema(description = "The figures the fits use: the latest `points` figures within `from`/`to`.") Window window,
        @Schema(description = "How the fits, dates and ranges are worked out.") String method,
        @Schema(description = "One per fit: linear, then saturating.") List<Projection> projections,
        @Schema(description = "The figures of the window, oldest first.") List<Figure> figures,
        ResponseMeta meta) {

    static final String METHOD = "Figures: one per date (the total, not a breakdown), of `source` or else by source "
            + "precedence; the window is the latest `points` of them within `from`/`to`. linear: least squares of the rate "
            + "against the date. saturating: least squares of ln(100 - rate) against the date, a pace that slows as the "
            + "rate nears 100 % and never passes it (not given where a figure is 100 or more). reachesOn: the first day "
            + "after the latest figure on which the fitted line reaches the target; earliest/latest: the same for the "
            + "ends of the slope's 95 % confidence interval (Student's t, n - 2 degrees of freedom), the line turning on "
            + "the window's centre; null where that slope does not rise to the target within 100 years. pacePerYear "
            + "(linear: points per year; saturating: share of the distance to 100 % closed per year) is rounded half-even "
            + "to 3 decimals, rSquared to 4. A projection assumes the recent pace holds: it is not a forecast of policy "
            + "or of changes in definitions; see docs/projections.md for its error on the real history.";

    @Schema(name = "ProjectionFigure")
    public record Figure(@Schema(examples = "2022-12-31") LocalDate date, @Schema(examples = "46.0") BigDecimal value,
                         @Schema(examples = "C4J") String source) {
    }

    @Schema(name = "ProjectionWindow")
    public record Window(@Schema(examples = "2022-07-31") LocalDate from, @Schema(examples = "2022-12-31") LocalDate to,
                         @Schema(examples = "6") int points) {
    }

    @Schema(name = "Projection")
    public record Projection(
            @Schema(enumeration = {"linear", "saturating"}, examples = "linear") String method,
            @Schema(nullable = true, description = "Linear: rate points gained per year. Saturating: the share of the "
                    + "distance to 100 % closed per year. Null where the fit does not apply.", examples = "21.696")
            BigDecimal pacePerYear,
            @Schema(examples = "points/year") String paceUnit,
            @Schema(nullable = true, description = "The share of the window's variation the fit explains (in its own "
                    + "scale).", examples = "0.9687")
            BigDecimal rSquared,
            @Schema(nullable = true, description = "When the fit reaches the target; null if it does not rise to it "
                    + "within 100 years, or it is reached already.", examples = "2023-03-21")
            LocalDate reachesOn,
            @Schema(nullable = true, description = "Earliest date of the 95 % range.", examples = "2023-02-18")
            LocalDate earliest,
            @Schema(nullable = true, description = "Latest date of the 95 % range; null: not bounded within 100 years.",
                    examples = "2023-05-12")
            LocalDate latest,
            @Schema(nullable = true, description = "Why the fit is not given, where it is not.") String note) {
    }
}
