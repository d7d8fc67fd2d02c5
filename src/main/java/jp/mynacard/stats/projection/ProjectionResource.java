package jp.mynacard.stats.projection;

import jp.mynacard.stats.PeriodParameters;
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

import java.math.BigDecimal;

/** When an area reaches a target rate at its recent pace. */
@Path("/api/v1/projections")
@Produces({MediaType.APPLICATION_JSON, Representation.CSV, Representation.XLSX})
@Tag(name = "Analysis")
public class ProjectionResource {

    static final int DEFAULT_POINTS = 6;

    @Inject
    ReleaseCatalog releases;

    @Inject
    ProjectionService projections;

    @GET
    @Operation(operationId = "projectTarget", summary = "When an area reaches a target rate",
            description = "Fits the latest figures of a rate metric (percent) for one area two ways, a straight line and "
                    + "a pace that slows towards 100 %, and gives the date each reaches the target with a 95 % range; "
                    + "`reachedOn` where a figure already has. The method is stated in `method`; its error on the real "
                    + "history is published in docs/projections.md. 400 (too-few-figures) with fewer than 3 figures. "
                    + "CSV and xlsx: one row per fit.")
    @APIResponse(responseCode = "200", description = "The projection as JSON, or one row per fit as CSV",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectionResponse.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Uni<Response> project(@Valid @BeanParam Parameters parameters, @BeanParam VintageParameter vintage,
                                 @Valid @BeanParam OutputFormat format) {
        ProjectionService.Question question = parameters.question();
        return vintage.resolve(releases)
                .chain(v -> projections.project(question, v))
                .chain(body -> Representation.render(format, body, () -> ProjectionTable.of(body),
                        "projection-" + body.area().code() + "-" + body.metric()));
    }

    /** The parameters of a projection. */
    public record Parameters(
            @QueryParam("area")
            @Parameter(description = "One area code or name (required). For example `47`.", required = true)
            String area,
            @QueryParam("metric")
            @Parameter(description = "A rate metric id, unit percent (required). For example `cards-issued-rate`.",
                    required = true)
            String metric,
            @QueryParam("target")
            @Parameter(description = "The target rate in percent, above 0 and at most 100, up to 2 decimals (required). "
                    + "For example `80`.", required = true, schema = @Schema(type = SchemaType.NUMBER))
            @Pattern(regexp = "100(\\.0{1,2})?|[1-9][0-9]?(\\.[0-9]{1,2})?|0\\.(0[1-9]|[1-9][0-9]?)",
                    message = "must be a rate in percent above 0 and at most 100, up to 2 decimals")
            String target,
            @QueryParam("points")
            @Parameter(description = "How many of the latest figures the fits use, 3 to 120 (default "
                    + DEFAULT_POINTS + ").", schema = @Schema(type = SchemaType.INTEGER, minimum = "3", maximum = "120",
                    defaultValue = "" + DEFAULT_POINTS))
            @Pattern(regexp = "[3-9]|[1-9][0-9]|1[01][0-9]|120", message = "must be a whole number from 3 to 120")
            String points,
            @BeanParam
            PeriodParameters period,
            @QueryParam("source")
            @Parameter(description = StatsParameters.SOURCE_DESCRIPTION)
            String source) {

        ProjectionService.Question question() {
            return new ProjectionService.Question(required("area", area, "one area code or name"),
                    required("metric", metric, "one rate metric id (see /api/v1/metrics)"),
                    new BigDecimal(required("target", target, "a rate in percent, for example 80")),
                    points == null ? DEFAULT_POINTS : Integer.parseInt(points), period.range(), source);
        }

        private static String required(String name, String value, String what) {
            if (value == null || value.isBlank()) {
                throw ApiException.invalidParameter(name, "is required: " + what);
            }
            return value.strip();
        }
    }
}
