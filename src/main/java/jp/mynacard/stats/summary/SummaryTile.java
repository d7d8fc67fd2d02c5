package jp.mynacard.stats.summary;

import jp.mynacard.common.Label;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One headline: a count with its rate of the same date and source, and the changes since earlier
 * figures of that source; flat so that JSON and CSV carry the same columns.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SummaryTile", requiredProperties = {"metric", "nameJa", "nameEn", "date", "period", "value", "unit",
        "precision", "source", "release"})
public record SummaryTile(
        @Schema(examples = "cards-held") @Label("指標") String metric,
        @Schema(examples = "保有枚数") @Label("名称") String nameJa,
        @Schema(examples = "Cards held") @Label("名称（英語）") String nameEn,
        @Schema(description = "The newest date with a figure from a headline source.", examples = "2026-06-30") @Label("基準日") LocalDate date,
        @Schema(examples = "2026-06") @Label("期間（出典の表記）") String period,
        @Schema(examples = "103856694") @Label("値") BigDecimal value,
        @Schema(examples = "cards") @Label("単位") String unit,
        @Schema(examples = "exact") @Label("精度") String precision,
        @Schema(examples = "DA_CSV_LONG_20260731") @Label("出典") String source,
        @Schema(examples = "60") @Label("リリース") long release,
        @Schema(description = "The rate computed from this count, where the same source published it for the same date.",
                examples = "cards-held-rate") @Label("率の指標") String rateMetric,
        @Schema(description = "The rate in percent, as published; absent where the source gave none for this date.",
                examples = "81.4") @Label("率") BigDecimal rate,
        @Schema(description = "The rate's population denominator, where published.") @Label("率の分母（人口）") Long rateDenominator,
        @Schema(description = "The 1 January the rate's population was counted at, where published.") @Label("率の人口の基準日") LocalDate rateBasisDate,
        @Schema(description = "The previous date with a figure of the same source.", examples = "2026-05-31") @Label("前回の基準日") LocalDate previousDate,
        @Label("前回の値") BigDecimal previousValue,
        @Schema(description = "value - previousValue.") @Label("前回からの増減") BigDecimal changeSincePrevious,
        @Schema(description = "The newest figure of the same source from 1 year to 1 year and 2 months before date; "
                + "absent if none.") @Label("1年前の基準日") LocalDate yearEarlierDate,
        @Label("1年前の値") BigDecimal yearEarlierValue,
        @Label("1年前からの増減") BigDecimal changeSinceYearEarlier,
        @Schema(description = "The source's own remark on the figure.") @Label("注記") String note) {
}
