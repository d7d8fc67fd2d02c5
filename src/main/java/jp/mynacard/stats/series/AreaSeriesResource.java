package jp.mynacard.stats.series;

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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.mynacard.observation.ObservationRow;
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

import java.util.List;

/** One area's series of chosen metrics (a path of its own: /api/v1/areas/{code} belongs to the area feature). */
@Path("/api/v1/areas/{code}/series")
@Produces({MediaType.APPLICATION_JSON, Representation.CSV, Representation.XLSX})
@Tag(name = "Observations")
public class AreaSeriesResource {

    @Inject
    ReleaseCatalog releases;

    @Inject
    SeriesService series;

    @GET
    @Operation(operationId = "getAreaSeries", summary = "One area's series", description = "The series of one or more metrics for one area, oldest first.")
    @APIResponse(responseCode = "200", description = "The series as JSON, or its points as CSV",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SeriesResponse.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Uni<Response> areaSeries(@Parameter(description = "Area code or name.", example = "13") @PathParam("code") String code,
                                    @Parameter(description = "Comma-separated metric ids (required).", example = "cards-issued,cards-issued-rate",
                                            required = true) @QueryParam("metric") String metric,
                                    @BeanParam PeriodParameters period,
                                    @Parameter(description = StatsParameters.SOURCE_DESCRIPTION) @QueryParam("source") String source,
                                    @BeanParam VintageParameter vintage, @Valid @BeanParam OutputFormat format) {
        if (metric == null || metric.isBlank()) {
            throw ApiException.invalidParameter("metric", "is required: one or more metric ids, comma-separated");
        }
        DateRange range = period.range();
        return vintage.resolve(releases).chain(v -> series.series(code,
                        catalog -> StatsParameters.metrics("metric", metric, catalog, List.of(), m -> true, ""), range, source, v))
                .chain(body -> Representation.render(format, body, ObservationRow.class, body.rows(), "series-" + body.area().code()));
    }

}
