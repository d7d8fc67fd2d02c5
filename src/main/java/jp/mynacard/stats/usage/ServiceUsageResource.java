package jp.mynacard.stats.usage;

import jp.mynacard.stats.DateRange;
import jp.mynacard.stats.PeriodParameters;
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
import jp.mynacard.area.AreaCodes;
import jp.mynacard.observation.ObservationRow;
import jp.mynacard.problem.ApiException;
import jp.mynacard.problem.ProblemType;
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

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** How the card is used: health insurance, public-fund accounts, convenience-store certificates, e-Tax, Mynaportal. */
@Path("/api/v1/service-usage")
@Produces({MediaType.APPLICATION_JSON, Representation.CSV, Representation.XLSX})
@Tag(name = "Service usage", description = "How the card is used.")
public class ServiceUsageResource {

    @Inject
    ReleaseCatalog releases;

    @Inject
    ServiceUsageService service;

    @GET
    @Operation(operationId = "getServiceUsage", summary = "Usage of every service", description = "All usage series of all services for an area "
            + "(default the nation), grouped by service and metric.")
    @APIResponse(responseCode = "200", description = "The series as JSON, or their points as CSV",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceUsageResponse.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Uni<Response> all(@Valid @BeanParam Filters filters, @BeanParam VintageParameter vintage,
                             @Valid @BeanParam OutputFormat format) {
        return respond(Arrays.asList(CardService.values()), filters, vintage, format, "service-usage");
    }

    @GET
    @Path("{service}")
    @Operation(operationId = "getServiceUsageOfService", summary = "Usage of one service",
            description = "The series of one service (health-insurance, convenience-store, e-tax, public-fund-account, mynaportal): "
                    + "the same answer as service-usage, narrowed to it.")
    @APIResponse(responseCode = "200", description = "The series as JSON, or their points as CSV",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceUsageResponse.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = "Unknown service (unknown-service)",
            content = @Content(mediaType = jp.mynacard.problem.Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Uni<Response> one(@Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"health-insurance",
                                     "public-fund-account", "convenience-store-certificates", "e-tax", "mynaportal"}))
                             @PathParam("service") String service,
                             @Valid @BeanParam Filters filters, @BeanParam VintageParameter vintage,
                             @Valid @BeanParam OutputFormat format) {
        CardService chosen = CardService.byId(service).orElseThrow(() -> new ApiException(ProblemType.UNKNOWN_SERVICE,
                "No service '" + service + "'. The services are " + Arrays.stream(CardService.values())
                        .map(CardService::id).collect(Collectors.joining(", ")) + "."));
        return respond(List.of(chosen), filters, vintage, format, "service-usage-" + service);
    }

    private Uni<Response> respond(List<CardService> services, Filters f, VintageParameter vintage, OutputFormat format,
                                  String fileName) {
        DateRange range = f.period().range();
        return vintage.resolve(releases).chain(v -> service.usage(services, f.area() == null ? AreaCodes.NATION : f.area(),
                        range, v))
                .chain(body -> Representation.render(format, body, ObservationRow.class, body.rows(), fileName));
    }

    /** Area and period of the usage series. */
    public record Filters(
            @QueryParam("area")
            @Parameter(description = "Area code or name; default the nation. (Prefecture figures exist for the health "
            + "insurance usage rate of 2024-03.) For example `00`.")
            String area,
            @BeanParam
            PeriodParameters period) {
    }
}
