package jp.mynacard.stats.standings;

import jp.mynacard.stats.VintageParameter;
import jp.mynacard.stats.ranking.RankedAreas;
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
import jp.mynacard.problem.ApiException;
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

/** The biggest movers in value and rank between two dates. */
@Path("/api/v1/movers")
@Produces({MediaType.APPLICATION_JSON, Representation.CSV, Representation.XLSX})
@Tag(name = "Analysis")
public class MoversResource {

    @Inject
    ReleaseCatalog releases;

    @Inject
    MoversService movers;

    @GET
    @Operation(operationId = "getMovers", summary = "Biggest movers between two dates",
            description = "Every prefecture (or municipality of `parent`, or all municipalities) with its value and rank at "
                    + "`from` and at `to`, the change and the rank change, the biggest change first (`sort=rank`: the "
                    + "biggest climb first). The method is stated in `method`. CSV and xlsx: one row per area.")
    @APIResponse(responseCode = "200", description = "The movers as JSON, or their rows as CSV",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MoversResponse.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Uni<Response> movers(@Valid @BeanParam Parameters parameters, @BeanParam VintageParameter vintage,
                                @Valid @BeanParam OutputFormat format) {
        MoversService.Question question = parameters.question();
        return vintage.resolve(releases)
                .chain(v -> movers.movers(question, v))
                .chain(body -> Representation.render(format, body, MoversResponse.Mover.class, body.data(),
                        "movers-" + body.metric() + "-" + body.from() + "-" + body.to()));
    }

    /** The parameters of movers. */
    public record Parameters(
            @Valid @BeanParam
            RankedAreas areas,
            @QueryParam("from")
            @Parameter(description = "The earlier date (required): YYYY, YYYY-MM or YYYY-MM-DD, the newest date within it "
                    + "at which every ranked area has a figure (failing that, the newest with any). For example `2021`.",
                    required = true)
            String from,
            @QueryParam("to")
            @Parameter(description = "The later date, the same way: latest (default), YYYY, YYYY-MM or YYYY-MM-DD. "
                    + "For example `2022`.")
            String to,
            @QueryParam("sort")
            @Parameter(description = "change (default) or rank.", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"change", "rank"}))
            @Pattern(regexp = "change|rank", message = "must be change or rank")
            String sort,
            @QueryParam("order")
            @Parameter(description = "desc (default: largest first) or asc.", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"asc", "desc"}))
            @Pattern(regexp = "asc|desc", message = "must be asc or desc")
            String order) {

        MoversService.Question question() {
            if (from == null || from.isBlank()) {
                throw ApiException.invalidParameter("from", "is required: the earlier date, for example 2021");
            }
            return new MoversService.Question(areas.at("from", from), areas.at("to", to),
                    sort == null ? "change" : sort, "asc".equals(order));
        }
    }
}
