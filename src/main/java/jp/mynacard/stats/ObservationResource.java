package jp.mynacard.stats;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jp.mynacard.figure.Figures;
import jp.mynacard.figure.ObservationQuery;
import jp.mynacard.figure.ObservationRow;
import jp.mynacard.release.ReleaseCatalog;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jp.mynacard.area.AreaDirectory;
import jp.mynacard.area.AreaIndex;
import jp.mynacard.area.AreaLevels;
import jp.mynacard.metric.MetricCatalog;
import jp.mynacard.web.OutputFormat;
import jp.mynacard.web.Representation;
import jp.mynacard.web.RequestParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The general query over every figure. */
@Path("/api/v1")
@Produces({MediaType.APPLICATION_JSON, Representation.CSV})
@Tag(name = "Observations", description = "Every figure, queried by metric, area, level, date and breakdown.")
public class ObservationResource {

    @Inject
    ReleaseCatalog releases;

    static final int DEFAULT_LIMIT = 1000;
    static final int MAX_LIMIT = 10_000;

    @Inject
    Figures repository;

    @Inject
    AreaDirectory areas;

    @Inject
    MetricCatalog metrics;

    @Inject
    MetaFactory meta;

    @GET
    @Path("observations")
    @Operation(summary = "Query figures",
            description = "All current figures matching the filters, ordered by metric, area code and date, a page at "
                    + "a time: follow `links.next` (or the `Link: rel=\"next\"` header) until it is absent.")
    @APIResponse(responseCode = "200", description = "One page, as JSON or CSV",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObservationPage.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Uni<Response> observations(@BeanParam Filters f, @BeanParam VintageParameter vintage,
                                      @BeanParam OutputFormat format, @Context HttpServerRequest request) {
        DateRange range = f.date != null ? DateRange.parse("date", f.date) : f.period.range();
        AreaLevels.requireKnown(f.level);
        int limit = StatsParameters.limit(f.limit, DEFAULT_LIMIT, MAX_LIMIT);
        ObservationQuery.Cursor after = CursorCodec.decode(f.cursor);
        format.kind(); // a bad format parameter fails before any query runs
        return Uni.combine().all().unis(areas.index(), metrics.all(), vintage.resolve(releases)).asTuple().chain(t -> {
            AreaIndex index = t.getItem1();
            List<String> metricIds = StatsParameters.metrics("metric", f.metric, t.getItem2(),
                    List.copyOf(t.getItem2().keySet()), m -> true, "");
            List<String> areaCodes = f.area == null ? null
                    : Arrays.stream(f.area.split(",")).map(String::strip).map(a -> index.resolve(a).code).toList();
            String parent = f.parent == null ? null : index.resolve(f.parent).code;
            ObservationQuery query = ObservationQuery.of(metricIds).areas(areaCodes).level(f.level).parent(parent)
                    .between(range.start(), range.end()).ageGroup(f.ageGroup).sex(f.sex).category(f.category)
                    .source(f.source).after(after).limit(limit + 1).asOf(t.getItem3()).build();
            return repository.find(query).chain(rows -> {
                List<ObservationRow> page = rows.size() > limit ? rows.subList(0, limit) : rows;
                String next = rows.size() > limit ? UriBuilder.fromUri(request.absoluteURI())
                        .replaceQueryParam("cursor", CursorCodec.encode(page.get(page.size() - 1))).build().toString() : null;
                return meta.of(page, metricIds.size() == t.getItem2().size() ? distinctMetrics(page) : metricIds, null)
                        .map(m -> {
                            Response response = Representation.render(format,
                                    new ObservationPage(page, m, new ObservationPage.Links(next)),
                                    ObservationRow.class, page, "observations");
                            if (next != null) {
                                response.getHeaders().add("Link", "<" + next + ">; rel=\"next\"");
                            }
                            return response;
                        });
            });
        });
    }

    private static List<String> distinctMetrics(List<ObservationRow> rows) {
        List<String> ids = new ArrayList<>();
        rows.forEach(r -> {
            if (!ids.contains(r.metric())) {
                ids.add(r.metric());
            }
        });
        return ids;
    }

    /** Filters of the general query. */
    public record Filters(
            @QueryParam("metric")
            @Parameter(description = "Comma-separated metric ids; default all.", example = "cards-issued-rate")
            String metric,
            @QueryParam("area")
            @Parameter(description = "Comma-separated area codes or names.", example = "13,27")
            String area,
            @QueryParam("level")
            @Parameter(description = "nation, prefecture or municipality.", example = "prefecture")
            String level,
            @QueryParam("parent")
            @Parameter(description = "Code or name of the parent area: '13' for Tokyo's municipalities.")
            String parent,
            @BeanParam
            PeriodParameters period,
            @QueryParam("date")
            @Parameter(description = "Only this date, month or year (instead of from/to).", example = "2022-12-31")
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
            @Parameter(description = "Only figures citing this source id.", example = "C4J")
            String source,
            @QueryParam("limit")
            @Parameter(description = "Rows per page, 1 to 10000 (default 1000).", example = "1000")
            String limit,
            @QueryParam("cursor")
            @Parameter(description = "Opaque; taken from the `next` link.")
            String cursor) {

        static Filters from(RequestParameters request) {
            return new Filters(request.query("metric"), request.query("area"), request.query("level"), request.query("parent"), PeriodParameters.from(request), request.query("date"), request.query("ageGroup"), request.query("sex"), request.query("category"), request.query("source"), request.query("limit"), request.query("cursor"));
        }
    }
}
