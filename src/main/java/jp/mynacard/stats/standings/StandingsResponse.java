package jp.mynacard.stats.standings;

import jp.mynacard.stats.ResponseMeta;
import jp.mynacard.stats.ranking.RegionalRateRow;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The areas leading and lagging the nation by more than k at one date. */
@Schema(name = "StandingsResponse", requiredProperties = {"metric", "date", "level", "k", "method", "leading", "lagging", "meta"})
public record StandingsResponse(@Schema(examples = "cards-issued-rate") String metric,
                                @Schema(examples = "2022-12-31") LocalDate date,
                                @Schema(examples = "prefecture") String level,
                                @Schema(nullable = true, description = "The parent area for municipalities.", examples = "13") String parent,
                                @Schema(description = "The margin: more than this above or below the nation (points for a rate).",
                                        examples = "10") BigDecimal k,
                                @Schema(description = "How the answer was computed.") String method,
                                @Schema(description = "Areas more than k above the nation, highest first.") List<RegionalRateRow> leading,
                                @Schema(description = "Areas more than k below the nation, lowest first.") List<RegionalRateRow> lagging,
                                ResponseMeta meta) {

    static final String METHOD = "Each area's figure at the date minus the nation's figure of the same source and date "
            + "(differenceFromNational, exact, in the metric's unit: points for a rate). leading: more than k above it, "
            + "highest first; lagging: more than k below it, lowest first; areas within k, and areas whose source gives "
            + "no national figure for that date, are in neither. Ranks are among all areas ranked at that date.";
}
