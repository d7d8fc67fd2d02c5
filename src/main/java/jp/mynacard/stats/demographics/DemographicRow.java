package jp.mynacard.stats.demographics;

import jp.mynacard.common.Label;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Cards issued to one age group and sex, nationally. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Demographic")
public record DemographicRow(
        @Schema(examples = "2022-12-31") @Label("基準日") LocalDate date,
        @Schema(description = "all, 0-4, 5-9, ..., 85-89, then 90-94, 95-99, 100+ (until 2022-03-01) or 90+ (after).",
                examples = "20-24") @Label("年齢階級") String ageGroup,
        @Schema(enumeration = {"male", "female", "total"}) @Label("性別") String sex,
        @Schema(description = "Population of the group (the rate's denominator).", examples = "3112455") @Label("人口") Long population,
        @Schema(examples = "1554920") @Label("交付枚数") BigDecimal cardsIssued,
        @Schema(description = "Percent of the group's population.", examples = "50.0") @Label("人口に対する交付枚数率") BigDecimal cardsIssuedRate,
        @Schema(description = "Percent of all cards issued to that sex.", examples = "2.2") @Label("交付枚数に占める割合") BigDecimal shareOfAllIssued,
        @Schema(examples = "2022-01-01") @Label("人口の基準日") LocalDate basisDate,
        @Schema(examples = "C4J") @Label("出典") String source,
        @Schema(examples = "47") @Label("リリース") long release) {
}
