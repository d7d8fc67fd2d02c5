package jp.mynacard.metric;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.mynacard.common.DatabaseBudget;
import jp.mynacard.common.Preloaded;
import jp.mynacard.common.Snapshot;
import jp.mynacard.problem.ApiException;
import jp.mynacard.problem.ProblemType;
import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The metric catalog in memory (it changes only with a migration), with lookups that answer unknown
 * ids with the closest valid ones.
 */
@ApplicationScoped
public class MetricCatalog implements Preloaded {

    private final Snapshot<Map<String, Metric>> metrics;

    @Inject
    MetricCatalog(MetricRepository repository, DatabaseBudget budget) {
        metrics = new Snapshot<>(() -> budget.within(repository.inCatalogOrder()).map(list -> {
            Map<String, Metric> byId = new LinkedHashMap<>();
            list.forEach(m -> byId.put(m.id, m));
            return Collections.unmodifiableMap(byId);
        }));
    }

    public Uni<Map<String, Metric>> all() {
        return metrics.get();
    }

    /** The metric of that id, or an unknown-metric problem naming {@code parameter} and the closest ids. */
    public static Metric require(Map<String, Metric> catalog, String id) {
        return Optional.ofNullable(catalog.get(id)).orElseThrow(() -> new ApiException(ProblemType.UNKNOWN_METRIC,
                "No metric has the id '" + id + "'. Did you mean " + String.join(", ", closest(catalog, id))
                        + "? See /api/v1/metrics."));
    }

    static List<String> closest(Map<String, Metric> catalog, String id) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        return catalog.keySet().stream().sorted(Comparator.comparing((String candidate) -> distance.apply(id, candidate))
                .thenComparing(Comparator.naturalOrder())).limit(3).toList();
    }

    @Override
    public Snapshot<?> inMemory() {
        return metrics;
    }
}
