package jp.mynacard.stats.compare;

import jp.mynacard.stats.ResponseMeta;
import jp.mynacard.area.AreaView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Areas side by side on one metric: one row per date, one value per area, each against the base area. */
@Schema(name = "CompareResponse")
public record CompareResponse(
        @Schema(examples = "cards-issued-rate") String metric,
        @Schema(examples = "percent") String unit,
        @Schema(description = "The area every other is measured against: the nation unless `base` chose another.")
        AreaView base,
        @Schema(description = "The areas compared, in the order asked.") List<AreaView> areas,
        @Schema(description = "How the rows, differences and ratios are worked out.") String method,
        @Schema(description = "Every date on which the base or a compared area has a figure, oldest first.") List<Row> rows,
        @Schema(description = "For each area shown (the base first), the dates among the rows where it has no figure: "
                + "never filled.") List<Gap> gaps,
        ResponseMeta meta) {

    static final String METHOD = "Rows: every date on which the base or a compared area has a figure, oldest first; one "
            + "figure per area and date (the total, not a breakdown), of `source` or else by source precedence. "
            + "difference = value - base value on the same date, exact. ratio = value / base value, rounded half-even "
            + "to 4 decimal places. Where an area or the base has no figure on a date, its value, difference and "
            + "ratio are null: gaps are never filled.";

    @Schema(name = "CompareRow")
    public record Row(@Schema(examples = "2022-12-31") LocalDate date,
                      @Schema(nullable = true, description = "The base area's figure; null where it has none.", examples = "71.6")
                      BigDecimal baseValue,
                      @Schema(description = "One per compared area, in the order of `areas`.") List<Cell> values) {
    }

    @Schema(name = "CompareValue")
    public record Cell(@Schema(examples = "47") String areaCode,
                       @Schema(nullable = true, description = "The area's figure; null where it has none.", examples = "46.0")
                       BigDecimal value,
                       @Schema(nullable = true, description = "value - baseValue.", examples = "-25.6") BigDecimal difference,
                       @Schema(nullable = true, description = "value / baseValue, 4 decimal places.", examples = "0.6425")
                       BigDecimal ratio) {
    }

    @Schema(name = "CompareGap")
    public record Gap(@Schema(examples = "47") String areaCode, List<LocalDate> dates) {
    }
}
