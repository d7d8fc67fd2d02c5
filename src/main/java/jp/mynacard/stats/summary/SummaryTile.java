package jp.mynacard.stats.summary;

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
        @Schema(examples = "cards-held") String metric,
        @Schema(examples = "保有枚数") String nameJa,
        @Schema(examples = "Cards held") String nameEn,
        @Schema(description = "The newest date with a figure from a headline source.", examples = "2026-06-30") LocalDate date,
        @Schema(examples = "2026-06") String period,
        @Schema(examples = "103856694") BigDecimal value,
        @Schema(examples = "cards") String unit,
        @Schema(examples = "exact") String precision,
        @Schema(examples = "DA_CSV_LONG_20260731") String source,
        @Schema(examples = "60") long release,
        @Schema(description = "The rate computed from this count, where the same source published it for the same date.",
                examples = "cards-held-rate") String rateMetric,
        @Schema(description = "The rate in percent, as published; absent where the source gave none for this date.",
                examples = "81.4") BigDecimal rate,
        @Schema(description = "The rate's population denominator, where published.") Long rateDenominator,
        @Schema(description = "The 1 January the rate's population was counted at, where published.") LocalDate rateBasisDate,
        @Schema(description = "The previous date with a figure of the same source.", examples = "2026-05-31") LocalDate previousDate,
        BigDecimal previousValue,
        @Schema(description = "value - previousValue.") BigDecimal changeSincePrevious,
        @Schema(description = "The newest figure of the same source from 1 year to 1 year and 2 months before date; "
                + "absent if none.") LocalDate yearEarlierDate,
        BigDecimal yearEarlierValue,
        BigDecimal changeSinceYearEarlier,
        @Schema(description = "The source's own remark on the figure.") String note) {
}
