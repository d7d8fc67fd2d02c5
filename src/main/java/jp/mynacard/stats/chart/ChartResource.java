package jp.mynacard.stats.chart;

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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jp.mynacard.area.AreaCodes;
import jp.mynacard.problem.ApiException;
import jp.mynacard.release.ReleaseCatalog;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Charts to embed with one {@code <img>} tag, cached and revalidated like the JSON answers. */
@Path("/api/v1/charts")
@Produces(ChartResource.SVG)
@Tag(name = "Charts", description = "Embeddable SVG charts of the figures, with their sources: `<img src=\".../api/v1/charts/"
        + "cards-issued-rate.svg?area=47,45\">`.")
public class ChartResource {

    static final String SVG = "image/svg+xml";
    private static final String SVG_UTF8 = SVG + ";charset=UTF-8";

    @Inject
    ReleaseCatalog releases;

    @Inject
    ChartService charts;

    @GET
    @Path("/{metric}.svg")
    @Operation(operationId = "getLineChart", summary = "A line chart of one metric (SVG)",
            description = "One metric for 1 to " + LineChart.MAX_SERIES + " areas over time, " + LineChart.WIDTH + "×"
                    + LineChart.HEIGHT + ": title, legend, y axis in the metric's unit from zero, x axis by year, a dot "
                    + "at every reference date (its tooltip gives the date and value), and the sources and dates as a "
                    + "caption. Lines join consecutive figures; nothing is drawn between them as a figure. Japanese text "
                    + "uses the fonts named in the SVG (Noto Sans CJK JP, Hiragino Sans, Yu Gothic, Meiryo).")
    @APIResponse(responseCode = "200", description = "The chart",
            content = @Content(mediaType = SVG, schema = @Schema(type = SchemaType.STRING)))
    public Uni<Response> lineChart(@Parameter(description = "Metric id. For example `cards-issued-rate`.")
                                   @PathParam("metric") String metric,
                                   @Valid @BeanParam Parameters parameters, @BeanParam VintageParameter vintage) {
        ChartService.Question question = parameters.question(metric, LineChart.MAX_SERIES);
        return vintage.resolve(releases).chain(v -> charts.lineChart(question, v)).map(ChartResource::svg);
    }

    @GET
    @Path("/{metric}/sparkline.svg")
    @Operation(operationId = "getSparkline", summary = "A sparkline of one metric for one area (SVG)",
            description = "A word-sized line (120×32) of one area's figures with a dot on the latest; its title (tooltip "
                    + "and screen readers) gives the latest value, its date and the sources.")
    @APIResponse(responseCode = "200", description = "The sparkline",
            content = @Content(mediaType = SVG, schema = @Schema(type = SchemaType.STRING)))
    public Uni<Response> sparkline(@Parameter(description = "Metric id. For example `cards-issued-rate`.")
                                   @PathParam("metric") String metric,
                                   @Valid @BeanParam Parameters parameters, @BeanParam VintageParameter vintage) {
        ChartService.Question question = parameters.question(metric, 1);
        return vintage.resolve(releases).chain(v -> charts.sparkline(question, v)).map(ChartResource::svg);
    }

    private static Response svg(String chart) {
        return Response.ok(chart, SVG_UTF8).build();
    }

    /** The parameters of a chart. */
    public record Parameters(
            @QueryParam("area")
            @Parameter(description = "Area codes or names, comma-separated (default the nation, `00`); a sparkline takes "
                    + "one. For example `47,45`.")
            String area,
            @BeanParam
            PeriodParameters period,
            @QueryParam("source")
            @Parameter(description = StatsParameters.SOURCE_DESCRIPTION)
            String source,
            @QueryParam("lang")
            @Parameter(description = "ja (default) or en: the language of the title, legend and caption.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"ja", "en"}))
            @Pattern(regexp = "ja|en", message = "must be ja or en")
            String lang) {

        ChartService.Question question(String metric, int maxAreas) {
            List<String> areas = area == null ? List.of(AreaCodes.NATION) : StatsParameters.list(area);
            if (areas.isEmpty() || areas.size() > maxAreas) {
                throw ApiException.invalidParameter("area", maxAreas == 1 ? "must be one area code or name"
                        : "must be 1 to " + maxAreas + " area codes or names, comma-separated (" + areas.size() + " given)");
            }
            return new ChartService.Question(metric, areas, period.range(), source, "en".equals(lang));
        }
    }
}
