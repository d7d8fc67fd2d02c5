package jp.mynacard.stats.usage;

import jp.mynacard.stats.ResponseMeta;
import jp.mynacard.stats.series.SeriesResponse;
import jp.mynacard.area.AreaView;
import jp.mynacard.observation.ObservationRow;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The usage series of one or all services for an area (default the nation). */
@Schema(name = "ServiceUsageResponse")
public record ServiceUsageResponse(AreaView area, List<ServiceSeries> services, ResponseMeta meta) {

    @Schema(name = "ServiceSeries")
    public record ServiceSeries(@Schema(examples = "health-insurance") String service,
                                @Schema(examples = "マイナ保険証（健康保険証としての利用）") String nameJa,
                                @Schema(examples = "Health insurance card") String nameEn,
                                List<SeriesResponse.Series> series) {
    }

    List<ObservationRow> rows() {
        return services.stream().flatMap(s -> s.series().stream()).flatMap(s -> s.points().stream()).toList();
    }
}
