package jp.mynacard.stats;

import jp.mynacard.area.AreaView;
import jp.mynacard.figure.ObservationRow;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Time series of one area: one entry per metric, its points oldest first. */
@Schema(name = "SeriesResponse")
public record SeriesResponse(AreaView area, List<Series> series, ResponseMeta meta) {

    @Schema(name = "Series")
    public record Series(@Schema(examples = "cards-issued") String metric,
                         @Schema(examples = "交付枚数（累計）") String nameJa,
                         @Schema(examples = "Cards issued (cumulative)") String nameEn,
                         @Schema(examples = "count") String unit,
                         List<ObservationRow> points) {
    }

    List<ObservationRow> rows() {
        return series.stream().flatMap(s -> s.points().stream()).toList();
    }
}
