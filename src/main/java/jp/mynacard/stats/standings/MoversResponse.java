package jp.mynacard.stats.standings;

import jp.mynacard.common.Label;
import jp.mynacard.stats.ResponseMeta;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Every area's value and rank at two dates, the biggest movers first. */
@Schema(name = "MoversResponse", requiredProperties = {"metric", "from", "to", "level", "sort", "method", "data", "unmatched", "meta"})
public record MoversResponse(@Schema(examples = "cards-issued-rate") String metric,
                             @Schema(description = "The earlier date compared.", examples = "2021-12-01") LocalDate from,
                             @Schema(description = "The later date compared.", examples = "2022-12-31") LocalDate to,
                             @Schema(examples = "prefecture") String level,
                             @Schema(nullable = true, description = "The parent area for municipalities.", examples = "13") String parent,
                             @Schema(description = "change or rank: what the rows are ordered by.", examples = "change") String sort,
                             @Schema(description = "How the answer was computed.") String method,
                             List<Mover> data,
                             @Schema(description = "Areas with a figure at only one of the two dates: not compared.")
                             List<String> unmatched,
                             ResponseMeta meta) {

    static final String METHOD = "Each area's figure at `from` and at `to` (one per date, of `source` or else by source "
            + "precedence) and its rank among the areas ranked at that date (1 = highest; equal values share a rank). "
            + "change = valueTo - valueFrom, exact, in the metric's unit (points for a rate); rankChange = rankFrom - "
            + "rankTo (positive: climbed). sort=change orders by change, sort=rank by rankChange, largest first (order=asc: "
            + "smallest first), then by area code. Ranks at the two dates can be among different sets of areas where an "
            + "area has a figure at only one of them (listed in `unmatched`).";

    /** One area at both dates. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Mover", requiredProperties = {"areaCode", "areaNameJa", "unit", "valueFrom", "valueTo", "change",
            "rankFrom", "rankTo", "rankChange", "sourceFrom", "sourceTo"})
    public record Mover(@Schema(examples = "46") @Label("地域コード") String areaCode,
                        @Schema(examples = "鹿児島県") @Label("地域名") String areaNameJa,
                        @Schema(description = "Absent for municipalities.", examples = "Kagoshima") @Label("地域名（英語）") String areaNameEn,
                        @Schema(examples = "percent") @Label("単位") String unit,
                        @Schema(examples = "37.5") @Label("始めの値") BigDecimal valueFrom,
                        @Schema(examples = "60.5") @Label("終わりの値") BigDecimal valueTo,
                        @Schema(examples = "23.0") @Label("増減") BigDecimal change,
                        @Schema(examples = "33") @Label("始めの順位") int rankFrom,
                        @Schema(examples = "8") @Label("終わりの順位") int rankTo,
                        @Schema(examples = "25") @Label("順位の変化（上昇が正）") int rankChange,
                        @Schema(examples = "C4J") @Label("始めの出典") String sourceFrom,
                        @Schema(examples = "C4J") @Label("終わりの出典") String sourceTo) {
    }
}
