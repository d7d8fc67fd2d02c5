package jp.mynacard.stats.demographics;

import jp.mynacard.stats.DateResolver;
import jp.mynacard.stats.MetaFactory;
import jp.mynacard.stats.PreferredFigures;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jp.mynacard.area.AreaCodes;
import jp.mynacard.observation.ObservationQuery;
import jp.mynacard.observation.ObservationRow;
import jp.mynacard.release.Vintage;

import java.util.List;

/** Cards issued by age group and sex at the date asked for (default the newest with the table). */
@ApplicationScoped
public class DemographicsService {

    private final PreferredFigures figures;
    private final DateResolver dates;
    private final MetaFactory meta;

    DemographicsService(PreferredFigures figures, DateResolver dates, MetaFactory meta) {
        this.figures = figures;
        this.dates = dates;
        this.meta = meta;
    }

    Uni<DemographicsResource.DemographicsResponse> table(String date, Vintage vintage) {
        ObservationQuery query = ObservationQuery.of(DemographicsTable.METRICS).area(AreaCodes.NATION)
                .ageGroup(ObservationQuery.ANY).sex(ObservationQuery.ANY).asOf(vintage).build();
        return dates.resolve(date, query.toBuilder().ageGroup("all").sex("total").build(), 1)
                .chain(day -> figures.find(query.at(day)).chain(found -> {
                    List<ObservationRow> broken = found.rows().stream().filter(r -> r.ageGroup() != null && r.sex() != null).toList();
                    return meta.of(broken, DemographicsTable.METRICS, null)
                            .map(m -> new DemographicsResource.DemographicsResponse(day, DemographicsTable.of(broken), m));
                }));
    }
}
