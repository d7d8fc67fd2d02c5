package jp.mynacard.stats.bottleneck;

import jp.mynacard.stats.DateRange;
import jp.mynacard.stats.PeriodParameters;
import jp.mynacard.stats.StatsParameters;
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

/** Where applications outran the cards issued. */
@Path("/api/v1/bottlenecks")
@Produces({MediaType.APPLICATION_JSON, Representation.CSV, Representation.XLSX})
@Tag(name = "Analysis")
public class BottleneckResource {

    @Inject
    ReleaseCatalog releases;

    @Inject
    BottleneckService bottlenecks;

    @GET
    @Operation(operationId = "getBottlenecks", summary = "Applications against cards issued and held",
            description = "On each date where an area has a figure of applications and one of cards issued or held: both, "
                    + "the applications not yet matched by a card issued, the cards per application, and what each grew "
                    + "since the previous such date. Only the nation has figures of applications today. The method and "
                    + "the definitions to read first are in `method` and `caveats`. CSV and xlsx: one row per date.")
    @APIResponse(responseCode = "200", description = "The comparison as JSON, or its rows as CSV",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BottleneckResponse.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Uni<Response> bottlenecks(@Valid @BeanParam Parameters parameters, @BeanParam VintageParameter vintage,
                                     @Valid @BeanParam OutputFormat format) {
        String area = parameters.area() == null || parameters.area().isBlank() ? AreaCodes.NATION : parameters.area();
        DateRange range = parameters.period().range();
        return vintage.resolve(releases)
                .chain(v -> bottlenecks.bottleneck(area, range, parameters.source(), v))
                .chain(body -> Representation.render(format, body, BottleneckResponse.Row.class, body.data(),
                        "bottlenecks-" + body.area().code()));
    }

    /** The parameters of the comparison. */
    public record Parameters(
            @QueryParam("area")
            @Parameter(description = "One area code or name (default the nation, `00`). For example `00`.")
            String area,
            @BeanParam
            PeriodParameters period,
            @QueryParam("source")
            @Parameter(description = StatsParameters.SOURCE_DESCRIPTION)
            String source) {
    }
}
