package jp.mynacard.figure;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One figure, flat so that JSON and CSV carry the same columns. The value is exactly as published
 * ("70.0" stays 70.0); rates carry their numerator, denominator and the population's basis date.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonSerialize(using = ObservationRowJson.class)
@Schema(name = "Observation")
public record ObservationRow(
        @Schema(examples = "cards-issued-rate") String metric,
        @Schema(examples = "13") String areaCode,
        @Schema(examples = "東京都") String areaNameJa,
        @Schema(examples = "Tokyo") String areaNameEn,
        @Schema(enumeration = {"nation", "prefecture", "municipality"}) String areaLevel,
        @Schema(description = "The day the figure refers to (the last day of a period).", examples = "2022-12-31") LocalDate date,
        @Schema(description = "First day of the period; equals date for a point in time.", examples = "2022-12-31") LocalDate periodStart,
        @Schema(description = "as-of, published, month, fiscal-year, tax-year, period, period-average...", examples = "as-of")
        String periodKind,
        @Schema(description = "The period as the source wrote it.", examples = "2022-12-31") String period,
        @Schema(description = "Age group (all, 0-4, ..., 90+) where broken down by age.", examples = "20-24") String ageGroup,
        @Schema(enumeration = {"male", "female", "total"}) String sex,
        @Schema(description = "Municipality type, facility type, application channel... where broken down.",
                examples = "designated-cities") String category,
        @Schema(examples = "57.9") BigDecimal value,
        @Schema(description = "cards, percent, persons, applications, ... as the source states it.", examples = "percent") String unit,
        @Schema(enumeration = {"exact", "approx", "approx_1k", "approx_10k", "approx_1m", "lower_bound", "unstated"},
                examples = "exact") String precision,
        @Schema(description = "For a rate: the count it is computed from.", examples = "7985934") BigDecimal numerator,
        @Schema(description = "For a rate (and its count): the population denominator.", examples = "13794933") Long denominator,
        @Schema(description = "The 1 January the population was counted at.", examples = "2022-01-01") LocalDate basisDate,
        @Schema(description = "Source id; see /api/v1/sources.", examples = "C4J") String source,
        @Schema(description = "Release id; see /api/v1/releases.", examples = "47") long release,
        String note,
        @JsonIgnore long id) {
}
