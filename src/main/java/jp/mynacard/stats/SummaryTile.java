package jp.mynacard.stats;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One headline figure with its changes; flat so that JSON and CSV carry the same columns. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SummaryTile", requiredProperties = {"metric", "nameJa", "nameEn", "date", "period", "value", "unit",
        "precision", "source", "release"})
public record SummaryTile(
        @Schema(examples = "cards-held") String metric,
        @Schema(examples = "保有枚数") String nameJa,
        @Schema(examples = "Cards held") String nameEn,
        @Schema(examples = "2025-12-03") LocalDate date,
        @Schema(examples = "2025-12-03") String period,
        @Schema(examples = "100129804") BigDecimal value,
        @Schema(examples = "cards") String unit,
        @Schema(examples = "exact") String precision,
        Long denominator,
        LocalDate basisDate,
        @Schema(examples = "PCWATCH2025") String source,
        @Schema(examples = "50") long release,
        @Schema(description = "The previous reference date with a figure.", examples = "2025-09-30") LocalDate previousDate,
        BigDecimal previousValue,
        @Schema(description = "value - previousValue; absent where the units differ.") BigDecimal changeSincePrevious,
        @Schema(description = "The newest figure from 1 year to 1 year and 2 months before date; absent if none.")
        LocalDate yearEarlierDate,
        BigDecimal yearEarlierValue,
        BigDecimal changeSinceYearEarlier,
        @Schema(description = "The source's own remark on the figure.") String note) {
}
