package jp.mynacard.stats.demographics;

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

import java.time.LocalDate;
import java.util.List;

/** Cards issued by age group and sex (MIC's 男女・年齢別 table). */
@Path("/api/v1/demographics")
@Produces({MediaType.APPLICATION_JSON, Representation.CSV, Representation.XLSX})
@Tag(name = "Demographics", description = "Cards issued by age group and sex.")
public class DemographicsResource {

    @Inject
    ReleaseCatalog releases;

    @Inject
    DemographicsService service;

    /** The demographics of one date. */
    @Schema(name = "DemographicsResponse")
    public record DemographicsResponse(@Schema(examples = "2022-12-31") LocalDate date, List<DemographicRow> data,
                                       ResponseMeta meta) {
    }

    @GET
    @Operation(operationId = "getDemographics", summary = "Cards issued by age group and sex at a date",
            description = "National figures by 5-year age group and sex; the age groups above 90 changed in 2022 "
                    + "(90-94, 95-99, 100+ until 2022-03-01, then 90+). Published for 45 dates, 2017-05-15 to 2022-12-31.")
    @APIResponse(responseCode = "200", description = "The table as JSON or CSV",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DemographicsResponse.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Uni<Response> demographics(
            @Parameter(description = "latest (default), YYYY, YYYY-MM or YYYY-MM-DD. For example `2022-12-31`.")
            @QueryParam("date") String date,
            @BeanParam VintageParameter vintage, @Valid @BeanParam OutputFormat format) {
        return vintage.resolve(releases).chain(v -> service.table(date, v)).chain(body -> Representation.render(format, body,
                DemographicRow.class, body.data(), "demographics-" + body.date()));
    }
}
