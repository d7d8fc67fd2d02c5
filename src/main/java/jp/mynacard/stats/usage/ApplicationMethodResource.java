package jp.mynacard.stats.usage;

import jp.mynacard.stats.DateRange;
import jp.mynacard.stats.ResponseMeta;
import jp.mynacard.stats.VintageParameter;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.mynacard.area.AreaCodes;
import jp.mynacard.area.AreaView;
import jp.mynacard.observation.Observations;
import jp.mynacard.observation.ObservationRow;
import jp.mynacard.release.ReleaseCatalog;
import jp.mynacard.web.representation.OutputFormat;
import jp.mynacard.web.representation.Representation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Applications by channel (see {@link ApplicationMethodService}). */
@Path("/api/v1/application-methods")
@Produces({MediaType.APPLICATION_JSON, Representation.CSV, Representation.XLSX})
@Tag(name = "Cards")
public class ApplicationMethodResource {

    @Inject
    ReleaseCatalog releases;

    @Inject
    ApplicationMethodService service;

    /** The channel figures of an area; {@code data} may be empty, {@code meta.note} says why. */
    @Schema(name = "ApplicationMethodsResponse")
    public record ApplicationMethodsResponse(AreaView area, List<ObservationRow> data, ResponseMeta meta) {
    }

    @GET
    @Operation(operationId = "getApplicationMethods", summary = "Applications by channel",
            description = "Figures by application channel (the channel is `category`) for an area and period. Where "
                    + "no figures exist the answer is empty, never estimated; meta.note describes the coverage.")
    @APIResponse(responseCode = "200", description = "The figures as JSON or CSV (possibly none)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationMethodsResponse.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Uni<Response> applicationMethods(
            @Parameter(description = "Area code or name; default the nation."
                    + " For example `011002`.") @QueryParam("area") String area,
            @Parameter(description = "Only figures whose period ends in this YYYY, YYYY-MM or YYYY-MM-DD."
                    + " For example `2022`.")
            @QueryParam("date") String date,
            @BeanParam VintageParameter vintage, @Valid @BeanParam OutputFormat format) {
        DateRange range = date == null ? new DateRange(null, null) : DateRange.parse("date", date);
        return vintage.resolve(releases).chain(v -> service.channels(area == null ? AreaCodes.NATION : area, range, v))
                .chain(body -> Representation.render(format, body, ObservationRow.class, body.data(),
                        "application-methods-" + body.area().code()));
    }
}
