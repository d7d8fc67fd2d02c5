package jp.mynacard.observation;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The figure store the read endpoints use: the latest state from memory, a vintage through SQL. */
@ApplicationScoped
public class Observations implements ObservationStore {

    private final MemoryObservationStore latest;
    private final SqlObservationStore vintages;

    Observations(MemoryObservationStore latest, SqlObservationStore vintages) {
        this.latest = latest;
        this.vintages = vintages;
    }

    @Override
    public Uni<List<ObservationRow>> find(ObservationQuery query) {
        return store(query).find(query);
    }

    @Override
    public Uni<List<DateCoverage>> dates(ObservationQuery query) {
        return store(query).dates(query);
    }

    private ObservationStore store(ObservationQuery query) {
        return query.vintage() == null ? latest : vintages;
    }
}
