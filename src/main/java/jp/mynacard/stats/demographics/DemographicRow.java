package jp.mynacard.stats.demographics;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Cards issued to one age group and sex, nationally. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Demographic")
public record DemographicRow(
        @Schema(examples = "2022-12-31") LocalDate date,
        @Schema(description = "all, 0-4, 5-9, ..., 85-89, then 90-94, 95-99, 100+ (until 2022-03-01) or 90+ (after).",
                examples = "20-24") String ageGroup,
        @Schema(enumeration = {"male", "female", "total"}) String sex,
        @Schema(description = "Population of the group (the rate's denominator).", examples = "3112455") Long population,
        @Schema(examples = "1554920") BigDecimal cardsIssued,
        @Schema(description = "Percent of the group's population.", examples = "50.0") BigDecimal cardsIssuedRate,
        @Schema(description = "Percent of all cards issued to that sex.", examples = "2.2") BigDecimal shareOfAllIssued,
        @Schema(examples = "2022-01-01") LocalDate basisDate,
        @Schema(examples = "C4J") String source,
        @Schema(examples = "47") long release) {
}
