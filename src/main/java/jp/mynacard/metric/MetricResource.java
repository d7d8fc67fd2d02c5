package jp.mynacard.metric;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.mynacard.web.ApiException;
import jp.mynacard.web.Listing;
import jp.mynacard.web.Problem;
import jp.mynacard.web.ProblemType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/metrics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Metrics", description = "The catalog: what each metric id means, its unit and definition notes.")
public class MetricResource {

    static final java.util.List<String> CATEGORIES = java.util.List.of("applications", "issuance", "holders",
            "application-methods", "service-usage", "demographics");

    @GET
    @WithSession
    @Operation(summary = "List metrics", description = "The metric catalog in display order, optionally one category.")
    public Uni<Listing<MetricView>> list(
            @Parameter(description = "applications, issuance, holders, application-methods, service-usage or demographics",
                    example = "issuance") @QueryParam("category") String category) {
        if (category != null && !CATEGORIES.contains(category)) {
            throw ApiException.invalidParameter("category", "must be one of " + String.join(", ", CATEGORIES));
        }
        Uni<java.util.List<Metric>> metrics = category == null ? Metric.list("order by sortOrder")
                : Metric.list("category = ?1 order by sortOrder", category);
        return metrics.map(list -> Listing.of(list.stream().map(MetricView::of).toList()));
    }

    @GET
    @Path("{id}")
    @WithSession
    @Operation(summary = "One metric")
    @APIResponse(responseCode = "200", description = "The metric")
    @APIResponse(responseCode = "404", description = "No such metric (unknown-metric)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<MetricView> get(@Parameter(example = "cards-held") @PathParam("id") String id) {
        return Metric.<Metric>findById(id).map(metric -> {
            if (metric == null) {
                throw new ApiException(ProblemType.UNKNOWN_METRIC, "No metric has the id '" + id + "'; see /api/v1/metrics.");
            }
            return MetricView.of(metric);
        });
    }
}
