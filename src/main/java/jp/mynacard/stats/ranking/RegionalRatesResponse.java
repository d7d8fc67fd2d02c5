package jp.mynacard.stats.ranking;

import jp.mynacard.stats.ResponseMeta;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** All prefectures, or all municipalities of one prefecture, ranked for one metric at one date. */
@Schema(name = "RegionalRatesResponse")
public record RegionalRatesResponse(@Schema(examples = "cards-issued-rate") String metric,
                                    @Schema(examples = "2022-12-31") LocalDate date,
                                    @Schema(examples = "prefecture") String level,
                                    @Schema(nullable = true, description = "The parent area for municipalities.", examples = "13") String parent,
                                    List<RegionalRateRow> data, ResponseMeta meta) {
}
