package jp.mynacard.stats.summary;

import jp.mynacard.stats.ResponseMeta;
import jp.mynacard.stats.VintageParameter;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.mynacard.release.ReleaseCatalog;
import jp.mynacard.web.representation.OutputFormat;
import jp.mynacard.web.representation.Representation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The dashboard's headline tiles. */
@Path("/api/v1/summary")
@Produces({MediaType.APPLICATION_JSON, Representation.CSV, Representation.XLSX})
@Tag(name = "Summary", description = "Headline figures.")
public class SummaryResource {

    @Inject
    ReleaseCatalog releases;

    @Inject
    SummaryService service;

    /** The tiles and their provenance. */
    @Schema(name = "SummaryResponse")
    public record SummaryResponse(List<SummaryTile> tiles, ResponseMeta meta) {
    }

    @GET
    @Operation(operationId = "getSummary", summary = "Headline figures",
            description = "The newest national count of cards held, applications, cards issued and health insurance "
                    + "registrations, each with its rate from the same source and date (where published), its source, "
                    + "and the change since the previous figure and since one year earlier of that same source.")
    @APIResponse(responseCode = "200", description = "The tiles as JSON or CSV",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SummaryResponse.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Uni<Response> summary(@BeanParam VintageParameter vintage, @Valid @BeanParam OutputFormat format) {
        return vintage.resolve(releases).chain(service::summary)
                .chain(body -> Representation.render(format, body, SummaryTile.class, body.tiles(), "summary"));
    }
}
