package jp.mynacard.stats;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jp.mynacard.observation.Observations;
import jp.mynacard.observation.ObservationQuery;
import jp.mynacard.release.ReleaseCatalog;

/**
 * The figures as rankings, series and the summary answer them: one per question ({@link Preferred}).
 * The observations endpoint lists every source's figure.
 */
@ApplicationScoped
public class PreferredFigures {

    private final Observations figures;
    private final ReleaseCatalog releases;

    PreferredFigures(Observations figures, ReleaseCatalog releases) {
        this.figures = figures;
        this.releases = releases;
    }

    public Uni<Preferred> find(ObservationQuery query) {
        return Uni.combine().all().unis(figures.find(query), releases.get())
                .with((rows, catalog) -> Preferred.of(rows, catalog.sources()));
    }
}
