package jp.mynacard.stats;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.QueryParam;
import jp.mynacard.release.ReleaseCatalog;
import jp.mynacard.release.Vintage;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code asOf} parameter every read endpoint takes. */
public record VintageParameter(
        @QueryParam(Vintage.PARAMETER)
        @Parameter(description = "A release id: the data exactly as it stood right after that release (revisions and "
            + "retractions made later do not show; such answers never change and are cached as immutable). Or a date "
            + "YYYY-MM-DD: the figures as the publishers had published them by that day (a release of unknown publication "
            + "date counts each figure as published on its own reference date; meta.releases[].publishedOn says which). "
            + "Absent: the latest state. For example `47` or `2023-01-15`.")
        String asOf) {

    /** The vintage asked for, or null for the current figures. */
    public Uni<Vintage> resolve(ReleaseCatalog releases) {
        return asOf == null ? Uni.createFrom().nullItem()
                : releases.get().map(catalog -> Vintage.resolve(asOf, catalog.releases()));
    }
}
