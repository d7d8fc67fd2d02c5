package jp.mynacard.stats.observation;

import jp.mynacard.stats.AnalysisInputs;
import jp.mynacard.stats.DateRange;
import jp.mynacard.stats.ResponseMeta;
import jp.mynacard.stats.StatsParameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jp.mynacard.observation.Observations;
import jp.mynacard.observation.ObservationQuery;
import jp.mynacard.observation.ObservationRow;
import jp.mynacard.release.Vintage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The general query, a page at a time. */
@ApplicationScoped
public class ObservationService {

    private final AnalysisInputs inputs;
    private final Observations figures;

    ObservationService(AnalysisInputs inputs, Observations figures) {
        this.inputs = inputs;
        this.figures = figures;
    }

    /** One page and its provenance; {@code next} is the cursor of the following page, null on the last. */
    record Page(List<ObservationRow> rows, ResponseMeta meta, String next) {
    }

    Uni<Page> page(ObservationResource.Filters f, DateRange range, int limit, ObservationQuery.Cursor after, Vintage vintage) {
        return inputs.withCatalogs((index, catalog) -> {
            List<String> all = List.copyOf(catalog.keySet());
            List<String> metricIds = StatsParameters.metrics("metric", f.metric(), catalog, all, m -> true, "");
            List<String> areaCodes = f.area() == null ? null
                    : Arrays.stream(f.area().split(",")).map(String::strip).map(a -> index.resolve(a).code()).toList();
            String parent = f.parent() == null ? null : index.resolve(f.parent()).code();
            ObservationQuery query = ObservationQuery.of(metricIds).areas(areaCodes).level(f.level()).parent(parent)
                    .between(range.start(), range.end()).ageGroup(f.ageGroup()).sex(f.sex()).category(f.category())
                    .source(f.source()).after(after).limit(limit + 1).asOf(vintage).build();
            return figures.find(query).chain(rows -> {
                List<ObservationRow> page = rows.size() > limit ? rows.subList(0, limit) : rows;
                String next = rows.size() > limit ? CursorCodec.encode(page.get(page.size() - 1)) : null;
                return inputs.meta.of(page, metricIds.size() == all.size() ? distinctMetrics(page) : metricIds, null)
                        .map(m -> new Page(page, m, next));
            });
        });
    }

    /** The metrics of the rows in the order they first appear (when all metrics were asked for). */
    private static List<String> distinctMetrics(List<ObservationRow> rows) {
        List<String> ids = new ArrayList<>();
        rows.forEach(r -> {
            if (!ids.contains(r.metric())) {
                ids.add(r.metric());
            }
        });
        return ids;
    }
}
