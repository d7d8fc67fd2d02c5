package jp.mynacard.metric;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The metric catalog's table. */
@ApplicationScoped
public class MetricRepository implements PanacheRepositoryBase<Metric, String> {

    /** Every metric in catalog order. */
    Uni<List<Metric>> inCatalogOrder() {
        return Panache.withSession(() -> listAll(Sort.by("sortOrder")));
    }
}
