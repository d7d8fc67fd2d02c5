package jp.mynacard.figure;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The figure store the read endpoints use: the latest state from memory, a vintage through SQL. */
@ApplicationScoped
public class Figures implements FigureStore {

    private final MemoryFigureStore latest;
    private final SqlFigureStore vintages;

    Figures(MemoryFigureStore latest, SqlFigureStore vintages) {
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

    private FigureStore store(ObservationQuery query) {
        return query.vintage() == null ? latest : vintages;
    }
}
