package jp.mynacard.stats.usage;

import jp.mynacard.stats.DateRange;
import jp.mynacard.stats.MetaFactory;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jp.mynacard.area.AreaDirectory;
import jp.mynacard.area.AreaView;
import jp.mynacard.observation.Observations;
import jp.mynacard.observation.ObservationQuery;
import jp.mynacard.release.Vintage;

import java.util.List;

/** Applications by channel: whatever the dataset holds, and an honest note on how little that is. */
@ApplicationScoped
public class ApplicationMethodService {

    static final List<String> METRICS = List.of("applications-by-channel", "applications-by-channel-share");
    static final String COVERAGE = "No national or prefectural breakdown of applications by channel (smartphone, PC, "
            + "mail, photo booth, counter, pop-up desk) was found in public sources: neither J-LIS nor MIC publishes one. "
            + "The only figures held are local: 札幌市 (011002) received about 110,000 applications at pop-up desks "
            + "from 2021-07 to 2022-07, about 40 % of the cards obtained in that period. No figure is estimated.";

    private final AreaDirectory areas;
    private final Observations figures;
    private final MetaFactory meta;

    ApplicationMethodService(AreaDirectory areas, Observations figures, MetaFactory meta) {
        this.areas = areas;
        this.figures = figures;
        this.meta = meta;
    }

    Uni<ApplicationMethodResource.ApplicationMethodsResponse> channels(String area, DateRange range, Vintage vintage) {
        return areas.resolve(area).chain(resolved -> figures.find(ObservationQuery.of(METRICS).area(resolved.code())
                        .between(range.start(), range.end()).category(ObservationQuery.ANY).asOf(vintage).build())
                .chain(rows -> meta.of(rows, METRICS, COVERAGE).map(m ->
                        new ApplicationMethodResource.ApplicationMethodsResponse(AreaView.from(resolved), rows, m))));
    }
}
