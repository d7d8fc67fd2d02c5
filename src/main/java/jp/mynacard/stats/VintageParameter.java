package jp.mynacard.stats;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.QueryParam;
import jp.mynacard.release.ReleaseCatalog;
import jp.mynacard.release.Vintage;
import jp.mynacard.web.RequestParameters;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code asOf} parameter every read endpoint takes. */
public record VintageParameter(
        @QueryParam(Vintage.PARAMETER)
        @Parameter(description = "The data exactly as it stood after a release: a release id, or a date YYYY-MM-DD (the "
            + "newest release imported by the end of that day, Japan time). Revisions and retractions made later do "
            + "not show; such answers never change and are cached as immutable. Absent: the latest state."
                    + " For example `47`.")
        String asOf) {

    static VintageParameter from(RequestParameters request) {
        return new VintageParameter(request.query(Vintage.PARAMETER));
    }

    /** The vintage asked for, or null for the current figures. */
    Uni<Vintage> resolve(ReleaseCatalog releases) {
        return asOf == null ? Uni.createFrom().nullItem()
                : releases.get().map(catalog -> Vintage.resolve(asOf, catalog.releases()));
    }
}
