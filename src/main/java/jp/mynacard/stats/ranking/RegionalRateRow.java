package jp.mynacard.stats.ranking;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One area in a regional comparison. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonSerialize(using = RegionalRateRowJson.class)
@Schema(name = "RegionalRate", requiredProperties = {"rank", "areaCode", "areaNameJa", "metric", "date", "value", "unit",
        "precision", "source", "release"})
public record RegionalRateRow(
        @Schema(description = "1 = highest value; equal values share a rank.", examples = "1") int rank,
        @Schema(examples = "45") String areaCode,
        @Schema(examples = "宮崎県") String areaNameJa,
        @Schema(examples = "Miyazaki") String areaNameEn,
        @Schema(examples = "cards-issued-rate") String metric,
        @Schema(examples = "2022-12-31") LocalDate date,
        @Schema(examples = "68.2") BigDecimal value,
        @Schema(examples = "percent") String unit,
        @Schema(examples = "exact") String precision,
        @Schema(description = "For a rate: the count.", examples = "731713") BigDecimal numerator,
        @Schema(description = "Population denominator.", examples = "1072798") Long denominator,
        @Schema(examples = "2022-01-01") LocalDate basisDate,
        @Schema(description = "The nation's figure for the same metric, date and source.", examples = "57.1") BigDecimal nationalValue,
        @Schema(description = "value minus nationalValue (exact; in percentage points for rates).", examples = "11.1")
        BigDecimal differenceFromNational,
        @Schema(examples = "C4J") String source,
        @Schema(examples = "47") long release) {
}
