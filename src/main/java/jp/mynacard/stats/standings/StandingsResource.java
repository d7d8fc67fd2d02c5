package jp.mynacard.stats.standings;

import jp.mynacard.stats.VintageParameter;
import jp.mynacard.stats.ranking.RankedAreas;
import jp.mynacard.stats.ranking.RegionalRateRow;
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

import java.math.BigDecimal;
import java.util.stream.Stream;

/** The areas leading and lagging the nation at one date. */
@Path("/api/v1/standings")
@Produces({MediaType.APPLICATION_JSON, Representation.CSV, Representation.XLSX})
@Tag(name = "Analysis")
public class StandingsResource {

    static final String DEFAULT_K = "5";

    @Inject
    ReleaseCatalog releases;

    @Inject
    StandingsService standings;

    @GET
    @Operation(operationId = "getStandings", summary = "Areas leading and lagging the nation",
            description = "The prefectures (or the municipalities of `parent`, or all municipalities) more than `k` above "
                    + "(`leading`) or below (`lagging`) the national figure of the same source at one date, each with its "
                    + "rank, value and exact difference. The method is stated in `method`. CSV and xlsx: the leading rows, "
                    + "then the lagging ones, with the columns of regional-rates.")
    @APIResponse(responseCode = "200", description = "The standings as JSON, or their rows as CSV",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StandingsResponse.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Uni<Response> standings(@Valid @BeanParam Parameters parameters, @BeanParam VintageParameter vintage,
                                   @Valid @BeanParam OutputFormat format) {
        BigDecimal k = new BigDecimal(parameters.k() == null ? DEFAULT_K : parameters.k());
        return vintage.resolve(releases)
                .chain(v -> standings.standings(parameters.areas().at("date", parameters.date()), k, v))
                .chain(body -> Representation.render(format, body, RegionalRateRow.class,
                        Stream.concat(body.leading().stream(), body.lagging().stream()).toList(),
                        "standings-" + body.metric() + "-" + body.date()));
    }

    /** The parameters of standings. */
    public record Parameters(
            @Valid @BeanParam
            RankedAreas areas,
            @QueryParam("date")
            @Parameter(description = "latest (default), YYYY, YYYY-MM or YYYY-MM-DD: the newest date within it at which "
                    + "every ranked area has a figure (failing that, the newest with any). For example `2022-12-31`.")
            String date,
            @QueryParam("k")
            @Parameter(description = "The margin, in the metric's unit (points for a rate), 0 or more, up to 2 decimals "
                    + "(default " + DEFAULT_K + "). For example `10`.",
                    schema = @Schema(type = SchemaType.NUMBER, minimum = "0", defaultValue = DEFAULT_K))
            @Pattern(regexp = "[0-9]{1,12}(\\.[0-9]{1,2})?", message = "must be a number, 0 or more, up to 2 decimals")
            String k) {
    }
}
