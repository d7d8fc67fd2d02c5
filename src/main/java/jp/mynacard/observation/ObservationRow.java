package jp.mynacard.observation;

import jp.mynacard.common.Label;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One figure, flat so that JSON and CSV carry the same columns. The value is exactly as published
 * ("70.0" stays 70.0); rates carry their numerator, denominator and the population's basis date.
 * The components are the figure's columns everywhere ({@link ObservationColumns}): each names its SQL
 * source, their order is the order of JSON and CSV, and {@link #read} builds a figure from them
 * (ObservationColumnsTest keeps it in step with the components).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonSerialize(using = ObservationRowJson.class)
@Schema(name = "Observation", requiredProperties = {"metric", "areaCode", "areaNameJa", "areaLevel", "date", "periodStart",
        "periodKind", "period", "value", "unit", "precision", "source", "release"})
public record ObservationRow(
        @Schema(examples = "cards-issued-rate")
        @Column("o.metric_id")
        @Label("指標") String metric,
        @Schema(examples = "13")
        @Column("o.area_code")
        @Label("地域コード") String areaCode,
        @Schema(examples = "東京都")
        @Column("a.name_ja")
        @Label("地域名") String areaNameJa,
        @Schema(examples = "Tokyo")
        @Column("a.name_en")
        @Label("地域名（英語）") String areaNameEn,
        @Schema(enumeration = {"nation", "prefecture", "municipality"})
        @Column("a.level")
        @Label("地域の区分") String areaLevel,
        @Schema(description = "The day the figure refers to (the last day of a period).", examples = "2022-12-31")
        @Column("o.ref_date")
        @Label("基準日") LocalDate date,
        @Schema(description = "First day of the period; equals date for a point in time.", examples = "2022-12-31")
        @Column("o.period_start")
        @Label("期間の初日") LocalDate periodStart,
        @Schema(description = "as-of, published, month, fiscal-year, tax-year, period, period-average...", examples = "as-of")
        @Column("o.period_kind")
        @Label("期間の種類") String periodKind,
        @Schema(description = "The period as the source wrote it.", examples = "2022-12-31")
        @Column("o.period_label")
        @Label("期間（出典の表記）") String period,
        @Schema(description = "Age group (all, 0-4, ..., 90+) where broken down by age.", examples = "20-24")
        @Column("NULLIF(o.age_group, '')")
        @Label("年齢階級") String ageGroup,
        @Schema(enumeration = {"male", "female", "total"})
        @Column("NULLIF(o.sex, '')")
        @Label("性別") String sex,
        @Schema(description = "Municipality type, facility type, application channel... where broken down; labels in "
                + "Japanese and English at /api/v1/categories.",
                examples = "designated-cities")
        @Column("NULLIF(o.category, '')")
        @Label("区分") String category,
        @Schema(examples = "57.9")
        @Column("o.value")
        @Label("値") BigDecimal value,
        @Schema(description = "cards, percent, persons, applications, ... as the source states it.", examples = "percent")
        @Column("o.unit")
        @Label("単位") String unit,
        @Schema(enumeration = {"exact", "approx", "approx_1k", "approx_10k", "approx_1m", "lower_bound", "unstated",
                "secondary_unverified"},
                examples = "exact")
        @Column("o.precision")
        @Label("精度") String precision,
        @Schema(description = "For a rate: the count it is computed from.", examples = "7985934")
        @Column("n.value")
        @Label("分子") BigDecimal numerator,
        @Schema(description = "For a rate (and its count): the population denominator.", examples = "13794933")
        @Column("o.denominator")
        @Label("分母（人口）") Long denominator,
        @Schema(description = "The 1 January the population was counted at.", examples = "2022-01-01")
        @Column("o.basis_date")
        @Label("人口の基準日") LocalDate basisDate,
        @Schema(description = "Source id; see /api/v1/sources.", examples = "C4J")
        @Column("o.source_id")
        @Label("出典") String source,
        @Schema(description = "Release id; see /api/v1/releases.", examples = "47")
        @Column("o.release_id")
        @Label("リリース") long release,
        @Column("o.note")
        @Label("注記") String note,
        @JsonIgnore
        @Column("o.id")
        long id) {

    /** Where a figure's columns are read from, by position and kind (memory or a SQL row). */
    interface Columns {
        String text(int column);

        LocalDate date(int column);

        BigDecimal decimal(int column);

        Long nullableNumber(int column);

        long number(int column);
    }

    /** A figure from its columns, in component order. */
    static ObservationRow read(Columns c) {
        return new ObservationRow(c.text(0), c.text(1), c.text(2), c.text(3), c.text(4), c.date(5), c.date(6), c.text(7),
                c.text(8), c.text(9), c.text(10), c.text(11), c.decimal(12), c.text(13), c.text(14), c.decimal(15),
                c.nullableNumber(16), c.date(17), c.text(18), c.number(19), c.text(20), c.number(21));
    }
}
