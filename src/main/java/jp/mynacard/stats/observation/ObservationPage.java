package jp.mynacard.stats.observation;

import jp.mynacard.stats.ResponseMeta;
import com.fasterxml.jackson.annotation.JsonInclude;
import jp.mynacard.observation.ObservationRow;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of the general query; {@code links.next} fetches the following one. */
@Schema(name = "ObservationPage")
public record ObservationPage(List<ObservationRow> data, ResponseMeta meta, Links links) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Links", requiredProperties = {})
    public record Links(@Schema(description = "The next page; absent on the last page.") String next) {
    }
}
