package jp.mynacard.stats.observation;

import jp.mynacard.stats.DateRange;
import jp.mynacard.stats.PeriodParameters;
import jp.mynacard.stats.VintageParameter;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jp.mynacard.area.AreaLevels;
import jp.mynacard.common.PublicLinks;
import jp.mynacard.observation.ObservationQuery;
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

/** The general query over every figure. */
@Path("/api/v1")
@Produces({MediaType.APPLICATION_JSON, Representation.CSV, Representation.XLSX})
@Tag(name = "Observations", description = "Every figure, queried by metric, area, level, date and breakdown.")
public class ObservationResource {

    static final int DEFAULT_LIMIT = 1000;

    @Inject
    ReleaseCatalog releases;

    @Inject
    ObservationService service;

    @Inject
    PublicLinks links;

    @GET
    @Path("observations")
    @Operation(operationId = "queryObservations", summary = "Query figures",
            description = "All current figures matching the filters, ordered by metric, area code and date, a page at "
                    + "a time: follow `links.next` (or the `Link: rel=\"next\"` header) until it is absent.")
    @APIResponse(responseCode = "200", description = "One page, as JSON or CSV",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObservationPage.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Uni<Response> observations(@Valid @BeanParam Filters f, @BeanParam VintageParameter vintage,
                                      @Valid @BeanParam OutputFormat format, @Context HttpServerRequest request) {
        DateRange range = f.date() != null ? DateRange.parse("date", f.date()) : f.period().range();
        int limit = f.pageSize();
        ObservationQuery.Cursor after = CursorCodec.decode(f.cursor());
        return vintage.resolve(releases).chain(v -> service.page(f, range, limit, after, v)).chain(page -> {
            // From the path and query only: never from Host, the answer is kept and served to everyone.
            String next = page.next() == null ? null : links.to(UriBuilder.fromUri(request.path()
                    + (request.query() == null ? "" : "?" + request.query())).replaceQueryParam("cursor", page.next()).build().toString());
            return Representation.render(format, new ObservationPage(page.rows(), page.meta(), new ObservationPage.Links(next)),
                    ObservationRow.class, page.rows(), "observations").invoke(response -> {
                        if (next != null) {
                            response.getHeaders().add("Link", PublicLinks.nextPage(next));
                        }
                    });
        });
    }

    /** Filters of the general query. */
    public record Filters(
            @QueryParam("metric")
            @Parameter(description = "Comma-separated metric ids; default all. For example `cards-issued-rate`.")
            String metric,
            @QueryParam("area")
            @Parameter(description = "Comma-separated area codes or names. For example `13,27`.")
            String area,
            @QueryParam("level")
            @Parameter(description = "nation, prefecture or municipality. For example `prefecture`.")
            @Pattern(regexp = AreaLevels.PATTERN, message = AreaLevels.MESSAGE)
            String level,
            @QueryParam("parent")
            @Parameter(description = "Code or name of the parent area: '13' for Tokyo's municipalities.")
            String parent,
            @BeanParam
            PeriodParameters period,
            @QueryParam("date")
            @Parameter(description = "Only this date, month or year (instead of from/to). For example `2022-12-31`.")
            String date,
            @QueryParam("ageGroup")
            @Parameter(description = "Age group (all, 0-4, ... 90+); '*' for every one. Absent: figures not broken down by age.")
            String ageGroup,
            @QueryParam("sex")
            @Parameter(description = "male, female or total; '*' for every one. Absent: figures not broken down by sex.")
            String sex,
            @QueryParam("category")
            @Parameter(description = "Municipality type, facility type or channel; '*' for every one. Absent: no category.")
            String category,
            @QueryParam("source")
            @Parameter(description = "Only figures citing this source id. For example `C4J`.")
            String source,
            @QueryParam("limit")
            @Parameter(description = "Rows per page, 1 to 10000 (default 1000).",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "10000", defaultValue = "1000"))
            @Pattern(regexp = "[1-9][0-9]{0,3}|10000", message = "must be a whole number from 1 to 10000")
            String limit,
            @QueryParam("cursor")
            @Parameter(description = "Opaque; taken from the `next` link.")
            String cursor) {

        /** Rows per page (validated: 1 to 10000), default 1000. */
        int pageSize() {
            return limit == null ? DEFAULT_LIMIT : Integer.parseInt(limit);
        }
    }
}
