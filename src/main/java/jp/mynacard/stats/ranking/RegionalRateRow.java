package jp.mynacard.stats.ranking;

import jp.mynacard.common.Label;
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
        @Schema(description = "1 = highest value; equal values share a rank.", examples = "1") @Label("順位") int rank,
        @Schema(examples = "45") @Label("地域コード") String areaCode,
        @Schema(examples = "宮崎県") @Label("地域名") String areaNameJa,
        @Schema(examples = "Miyazaki") @Label("地域名（英語）") String areaNameEn,
        @Schema(examples = "cards-issued-rate") @Label("指標") String metric,
        @Schema(examples = "2022-12-31") @Label("基準日") LocalDate date,
        @Schema(examples = "68.2") @Label("値") BigDecimal value,
        @Schema(examples = "percent") @Label("単位") String unit,
        @Schema(examples = "exact") @Label("精度") String precision,
        @Schema(description = "For a rate: the count.", examples = "731713") @Label("分子") BigDecimal numerator,
        @Schema(description = "Population denominator.", examples = "1072798") @Label("分母（人口）") Long denominator,
        @Schema(examples = "2022-01-01") @Label("人口の基準日") LocalDate basisDate,
        @Schema(description = "The nation's figure for the same metric, date and source.", examples = "57.1") @Label("全国の値") BigDecimal nationalValue,
        @Schema(description = "value minus nationalValue (exact; in percentage points for rates).", examples = "11.1")
        @Label("全国との差") BigDecimal differenceFromNational,
        @Schema(examples = "C4J") @Label("出典") String source,
        @Schema(examples = "47") @Label("リリース") long release) {
}
