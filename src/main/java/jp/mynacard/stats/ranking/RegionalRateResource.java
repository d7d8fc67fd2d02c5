package jp.mynacard.stats.ranking;

import jp.mynacard.stats.StatsParameters;
import jp.mynacard.stats.VintageParameter;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
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

/** Regional variation: every prefecture, or every municipality of a prefecture, ranked at one date. */
@Path("/api/v1/regional-rates")
@Produces({MediaType.APPLICATION_JSON, Representation.CSV, Representation.XLSX})
@Tag(name = "Regions", description = "Rates and counts compared across prefectures and municipalities.")
public class RegionalRateResource {

    @Inject
    ReleaseCatalog releases;

    @Inject
    RegionalRateService service;

    @GET
    @Operation(operationId = "getRegionalRates", summary = "Rank areas for one metric at one date",
            description = "All prefectures (default), or all municipalities of the prefecture `parent`, or all "
                    + "municipalities (`level=municipality`), for one metric at one date (default the latest with "
                    + "figures), each with its rank, value, numerator, denominator, basis date and difference from "
                    + "the national figure.")
    @APIResponse(responseCode = "200", description = "The ranking as JSON or CSV",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegionalRatesResponse.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Uni<Response> ranking(@Valid @BeanParam RankingParameters p, @BeanParam VintageParameter vintage,
                                 @Valid @BeanParam OutputFormat format) {
        return vintage.resolve(releases).chain(v -> service.ranking(p, v)).chain(body -> Representation.render(format, body,
                RegionalRateRow.class, body.data(), "regional-rates-" + body.metric() + "-" + body.date()));
    }

    /** The parameters of a ranking. */
    public record RankingParameters(
            @Parameter(description = "Metric id (default cards-issued-rate)."
                    + " For example `cards-issued-rate`.") @QueryParam("metric") String metric,
            @Parameter(description = "prefecture (default) or municipality."
                    + " For example `prefecture`.") @QueryParam("level")
            @Pattern(regexp = "prefecture|municipality", message = "must be prefecture or municipality") String level,
            @Parameter(description = "A prefecture (code or name): rank its municipalities."
                    + " For example `13`.") @QueryParam("parent") String parent,
            @Parameter(description = "latest (default), YYYY, YYYY-MM or YYYY-MM-DD: the newest date within it at which "
                    + "every ranked area has a figure (failing that, the newest with any)."
                            + " For example `2022-12-31`.") @QueryParam("date") String date,
            @Parameter(description = "rank (default), code or name.", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"rank", "code", "name"})) @QueryParam("sort")
            @Pattern(regexp = "rank|code|name", message = "must be rank, code or name") String sort,
            @Parameter(description = "asc (default) or desc.", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"asc", "desc"})) @QueryParam("order")
            @Pattern(regexp = "asc|desc", message = "must be asc or desc") String order,
            @Parameter(description = StatsParameters.SOURCE_DESCRIPTION) @QueryParam("source") String source) {
    }
}
