package jp.mynacard.stats;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.mynacard.figure.Figures;
import jp.mynacard.figure.ObservationQuery;
import jp.mynacard.figure.ObservationRow;
import jp.mynacard.area.AreaCodes;
import jp.mynacard.metric.MetricCatalog;
import jp.mynacard.release.ReleaseCatalog;
import jp.mynacard.release.Source;
import jp.mynacard.web.OutputFormat;
import jp.mynacard.web.Representation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The dashboard's headline tiles. */
@Path("/api/v1/summary")
@Produces({MediaType.APPLICATION_JSON, Representation.CSV})
@Tag(name = "Summary", description = "Headline figures.")
public class SummaryResource {

    static final List<String> TILES = List.of("cards-held", "cards-held-rate", "applications", "application-rate",
            "cards-issued", "cards-issued-rate", "health-insurance-registrations");
    /** Headline figures must rest on a traceable publication: these reliabilities are kept out of the tiles. */
    static final List<String> NOT_FOR_HEADLINES = List.of("secondary-unverified", "tertiary");
    static final String NOTE = "Each tile is the newest national figure of its metric from a source whose reliability is "
            + "not " + String.join(" or ", NOT_FOR_HEADLINES) + " (those figures stay available through the series "
            + "endpoints). Changes are exact differences between published figures, absent where units differ.";

    @Inject
    Figures repository;

    @Inject
    MetricCatalog metrics;

    @Inject
    ReleaseCatalog releases;

    @Inject
    MetaFactory meta;

    /** The tiles and their provenance. */
    @Schema(name = "SummaryResponse")
    public record SummaryResponse(List<SummaryTile> tiles, ResponseMeta meta) {
    }

    @GET
    @Operation(summary = "Headline figures",
            description = "Latest cards held and holders rate, applications and application rate, cards issued and "
                    + "its rate, and health insurance registrations; each with its reference date, the change since "
                    + "the previous reference date and since one year earlier, and its source.")
    @APIResponse(responseCode = "200", description = "The tiles as JSON or CSV",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SummaryResponse.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Uni<Response> summary(@BeanParam VintageParameter vintage, @BeanParam OutputFormat format) {
        format.kind(); // a bad format parameter fails before any query runs
        return vintage.resolve(releases).chain(v -> Uni.combine().all().unis(metrics.all(), releases.get(),
                        repository.find(ObservationQuery.of(TILES).area(AreaCodes.NATION).asOf(v).build()))
                .asTuple()).chain(t -> {
                    Map<String, Source> sources = t.getItem2().sources();
                    List<ObservationRow> usable = t.getItem3().stream().filter(r -> headline(sources.get(r.source()))).toList();
                    List<SummaryTile> tiles = TILES.stream().map(id -> SummaryCalculator.tile(t.getItem1().get(id),
                                    usable.stream().filter(r -> r.metric().equals(id)).toList()))
                            .flatMap(Optional::stream).toList();
                    List<ObservationRow> shown = usable.stream().filter(r -> tiles.stream()
                            .anyMatch(tile -> tile.release() == r.release() && tile.source().equals(r.source()))).toList();
                    return meta.of(shown, TILES, NOTE).map(m -> Representation.render(format,
                            new SummaryResponse(tiles, m), SummaryTile.class, tiles, "summary"));
                });
    }

    private static boolean headline(Source source) {
        return source != null && (source.reliability == null || !NOT_FOR_HEADLINES.contains(source.reliability));
    }
}
