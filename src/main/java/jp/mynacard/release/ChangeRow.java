package jp.mynacard.release;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One figure that differs between two vintages. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"change", "metric", "areaCode", "date", "periodStart", "ageGroup", "sex", "category", "source",
        "oldValue", "newValue", "oldUnit", "newUnit", "oldPrecision", "newPrecision", "oldRelease", "newRelease"})
@Schema(name = "Change", requiredProperties = {"change", "metric", "areaCode", "date", "periodStart", "source"})
public record ChangeRow(
        @Schema(enumeration = {"added", "revised", "removed"}) String change,
        @Schema(examples = "cards-issued") String metric,
        @Schema(examples = "13") String areaCode,
        @Schema(examples = "2022-12-31") LocalDate date,
        @Schema(examples = "2022-12-31") LocalDate periodStart,
        String ageGroup, String sex, String category,
        @Schema(examples = "C4J") String source,
        @Schema(description = "The figure before (absent when added).", examples = "7985934") BigDecimal oldValue,
        @Schema(description = "The figure after (absent when removed).", examples = "7985940") BigDecimal newValue,
        String oldUnit, String newUnit, String oldPrecision, String newPrecision,
        Long oldRelease, Long newRelease) {
}
