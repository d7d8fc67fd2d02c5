package jp.mynacard.stats.compare;

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

/** Several areas side by side on one metric, against the nation or another area. */
@Path("/api/v1/compare")
@Produces({MediaType.APPLICATION_JSON, Representation.CSV, Representation.XLSX})
@Tag(name = "Analysis", description = "What the figures imply: areas compared over time.")
public class CompareResource {

    static final int MAX_AREAS = 10;

    @Inject
    ReleaseCatalog releases;

    @Inject
    CompareService compare;

    @GET
    @Operation(operationId = "compareAreas", summary = "Areas compared over time",
            description = "One metric for up to " + MAX_AREAS + " areas, one row per date and one value per area, "
                    + "each with its difference from and ratio to the base area (the nation by default) on that date. "
                    + "A date where an area has no figure stays empty (listed in `gaps`), never filled. The method "
                    + "is stated in `method`. CSV and xlsx: one column per area and measure.")
    @APIResponse(responseCode = "200", description = "The comparison as JSON, or its rows as CSV",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CompareResponse.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Uni<Response> compare(@Valid @BeanParam Parameters parameters, @BeanParam VintageParameter vintage,
                                 @Valid @BeanParam OutputFormat format) {
        List<String> areas = parameters.areaList();
        String metric = parameters.singleMetric();
        DateRange range = parameters.period().range();
        String base = parameters.base() == null || parameters.base().isBlank() ? AreaCodes.NATION : parameters.base();
        return vintage.resolve(releases)
                .chain(v -> compare.compare(areas, metric, base, range, parameters.source(), v))
                .chain(body -> Representation.render(format, body, () -> CompareTable.of(body), "compare-" + metric));
    }

    /** The parameters of a comparison. */
    public record Parameters(
            @QueryParam("areas")
            @Parameter(description = "Comma-separated area codes or names, 1 to " + MAX_AREAS + " (required). For example `47,45,13`.",
                    required = true)
            String areas,
            @QueryParam("metric")
            @Parameter(description = "One metric id (required). For example `cards-issued-rate`.", required = true)
            String metric,
            @QueryParam("base")
            @Parameter(description = "The area the others are measured against; default the nation ('00'). For example `13`.")
            String base,
            @BeanParam
            PeriodParameters period,
            @QueryParam("source")
            @Parameter(description = StatsParameters.SOURCE_DESCRIPTION)
            String source) {

        List<String> areaList() {
            List<String> list = StatsParameters.list(areas);
            if (list.isEmpty() || list.size() > MAX_AREAS) {
                throw ApiException.invalidParameter("areas", "is required: 1 to " + MAX_AREAS
                        + " area codes or names, comma-separated" + (list.isEmpty() ? "" : " (" + list.size() + " given)"));
            }
            return list;
        }

        String singleMetric() {
            if (metric == null || metric.isBlank() || metric.contains(",")) {
                throw ApiException.invalidParameter("metric", "is required: one metric id (see /api/v1/metrics)");
            }
            return metric.strip();
        }
    }
}
