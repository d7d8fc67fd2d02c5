package jp.mynacard.metric;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.mynacard.common.Listing;
import jp.mynacard.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/metrics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Metrics", description = "The catalog: what each metric id means, its unit and definition notes.")
public class MetricResource {

    private static final String CATEGORIES = "applications|issuance|holders|application-methods|service-usage|demographics|surveys";

    @Inject
    MetricCatalog catalog;

    @GET
    @Operation(operationId = "listMetrics", summary = "List metrics", description = "The metric catalog in display order, optionally one category.")
    @APIResponse(responseCode = "200", description = "The metrics")
    @APIResponse(responseCode = "400", description = "Unknown category (invalid-parameter)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Listing<MetricView>> list(
            @Parameter(description = "applications, issuance, holders, application-methods, service-usage, demographics or surveys."
                    + " For example `issuance`.") @QueryParam("category")
            @Pattern(regexp = CATEGORIES, message = "must be one of applications, issuance, holders, application-methods, "
                    + "service-usage, demographics, surveys") String category) {
        return catalog.all().map(metrics -> Listing.of(metrics.values().stream()
                .filter(m -> category == null || category.equals(m.category)).map(MetricView::from).toList()));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getMetric", summary = "One metric",
            description = "Its names in Japanese and English, unit, category and definition, with notes where the definition changed.")
    @APIResponse(responseCode = "200", description = "The metric")
    @APIResponse(responseCode = "404", description = "No such metric (unknown-metric), with the closest ids",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<MetricView> get(@Parameter(example = "cards-held") @PathParam("id") String id) {
        return catalog.all().map(metrics -> MetricView.from(MetricCatalog.require(metrics, id)));
    }
}
