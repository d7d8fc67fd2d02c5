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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.mynacard.area.AreaCodes;
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
import java.util.Set;

/** Applications and cards issued/held over time, for the nation or any area. */
@Path("/api/v1")
@Produces({MediaType.APPLICATION_JSON, Representation.CSV, Representation.XLSX})
@Tag(name = "Cards", description = "Applications, cards issued and cards held over time.")
public class CardResource {

    @Inject
    ReleaseCatalog releases;

    private static final List<String> APPLICATIONS = List.of("applications", "application-rate");
    private static final List<String> ISSUANCES = List.of("cards-issued", "cards-issued-rate", "cards-held", "cards-held-rate");

    @Inject
    SeriesService series;

    @GET
    @Path("applications")
    @Operation(operationId = "getApplications", summary = "Applications over time",
            description = "Cumulative valid applications and the application rate (default), or other application "
                    + "metrics (weekly, daily averages) with `metric`.")
    @APIResponse(responseCode = "200", description = "The series as JSON, or its points as CSV",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SeriesResponse.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Uni<Response> applications(@Valid @BeanParam SeriesParameters parameters, @BeanParam VintageParameter vintage,
                                      @Valid @BeanParam OutputFormat format) {
        return respond(parameters, vintage, format, APPLICATIONS, Set.of("applications"), "applications");
    }

    @GET
    @Path("issuances")
    @Operation(operationId = "getIssuances", summary = "Cards issued and held over time",
            description = "Cards issued (交付枚数, cumulative, not net of cancelled cards) and cards held (保有枚数, "
                    + "published from 2023-06-30) with their rates, or other issuance metrics (pipeline stages) with "
                    + "`metric`. Each metric's definition notes are in meta.metrics.")
    @APIResponse(responseCode = "200", description = "The series as JSON, or its points as CSV",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SeriesResponse.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Uni<Response> issuances(@Valid @BeanParam SeriesParameters parameters, @BeanParam VintageParameter vintage,
                                   @Valid @BeanParam OutputFormat format) {
        return respond(parameters, vintage, format, ISSUANCES, Set.of("issuance", "holders"), "issuances");
    }

    private Uni<Response> respond(SeriesParameters p, VintageParameter vintage, OutputFormat format, List<String> defaults, Set<String> categories,
                                  String fileName) {
        DateRange range = p.period().range();
        return vintage.resolve(releases).chain(v -> series.series(p.area() == null ? AreaCodes.NATION : p.area(),
                        catalog -> StatsParameters.metrics("metric", p.metric(), catalog, defaults,
                                m -> categories.contains(m.category), "a metric of " + String.join(" or ", categories)),
                        range, p.source(), v))
                .chain(body -> Representation.render(format, body, ObservationRow.class, body.rows(), fileName));
    }

    /** The parameters of a series query. */
    public record SeriesParameters(
            @QueryParam("area")
            @Parameter(description = "Area code or name; default the nation ('00'). For example `13`.")
            String area,
            @QueryParam("metric")
            @Parameter(description = "Comma-separated metric ids; default the headline metrics.")
            String metric,
            @BeanParam
            PeriodParameters period,
            @QueryParam("source")
            @Parameter(description = StatsParameters.SOURCE_DESCRIPTION)
            String source) {
    }
}
