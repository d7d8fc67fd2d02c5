package jp.mynacard.stats.series;

import jp.mynacard.stats.ResponseMeta;
import jp.mynacard.area.AreaView;
import jp.mynacard.observation.ObservationRow;
import jp.mynacard.metric.Metric;
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

        /** The series of one metric: its rows among {@code rows}, in their order. */
        public static Series of(Metric metric, List<ObservationRow> rows) {
            return new Series(metric.id, metric.nameJa, metric.nameEn, metric.unit,
                    rows.stream().filter(r -> r.metric().equals(metric.id)).toList());
        }
    }

    List<ObservationRow> rows() {
        return series.stream().flatMap(s -> s.points().stream()).toList();
    }
}
