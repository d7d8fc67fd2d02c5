package jp.mynacard.stats;

import io.smallrye.mutiny.Uni;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.mynacard.area.Area;
import jp.mynacard.area.AreaCodes;
import jp.mynacard.area.AreaDirectory;
import jp.mynacard.metric.MetricCatalog;
import jp.mynacard.problem.ApiException;
import jp.mynacard.web.RequestParameters;
import jp.mynacard.web.OutputFormat;
import jp.mynacard.web.Representation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Regional variation: every prefecture, or every municipality of a prefecture, ranked at one date. */
@Path("/api/v1/regional-rates")
@Produces({MediaType.APPLICATION_JSON, Representation.CSV})
@Tag(name = "Regions", description = "Rates and counts compared across prefectures and municipalities.")
public class RegionalRateResource {

    @Inject
    ReleaseCatalog releases;

    @Inject
    AreaDirectory areas;

    @Inject
    MetricCatalog metrics;

    @Inject
    Figures repository;

    @Inject
    DateResolver dates;

    @Inject
    MetaFactory meta;

    @GET
    @Operation(summary = "Rank areas for one metric at one date",
            description = "All prefectures (default), or all municipalities of the prefecture `parent`, or all "
                    + "municipalities (`level=municipality`), for one metric at one date (default the latest with "
                    + "figures), each with its rank, value, numerator, denominator, basis date and difference from "
                    + "the national figure.")
    @APIResponse(responseCode = "200", description = "The ranking as JSON or CSV",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegionalRatesResponse.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Uni<Response> ranking(@BeanParam RankingParameters p, @BeanParam VintageParameter vintage,
                                 @BeanParam OutputFormat format) {
        String metric = p.metric(), level = p.level(), parent = p.parent(), date = p.date(), sort = p.sort(), order = p.order();
        Comparator<RegionalRateRow> comparator = comparator(sort, order);
        if (level != null && !List.of("prefecture", "municipality").contains(level)) {
            throw ApiException.invalidParameter("level", "must be prefecture or municipality");
        }
        format.kind(); // a bad format parameter fails before any query runs
        String metricId = metric == null ? "cards-issued-rate" : metric;
        return Uni.combine().all().unis(areas.index(), metrics.all(), vintage.resolve(releases)).asTuple().chain(t -> {
            MetricCatalog.require(t.getItem2(), metricId);
            String parentCode = parent == null ? null : prefecture(t.getItem1().resolve(parent));
            String rankedLevel = parentCode != null ? "municipality" : level == null ? "prefecture" : level;
            ObservationQuery query = ObservationQuery.of(List.of(metricId)).level(rankedLevel).parent(parentCode)
                    .asOf(t.getItem3()).build();
            int expected = t.getItem1().count(rankedLevel, parentCode);
            return dates.resolve(date, query, expected).chain(day -> Uni.combine().all().unis(
                            repository.find(query.at(day)),
                            repository.find(ObservationQuery.of(List.of(metricId)).area(AreaCodes.NATION).between(day, day)
                                    .asOf(t.getItem3()).build()))
                    .asTuple().chain(rows -> {
                        List<RegionalRateRow> ranked = rank(rows.getItem1(), rows.getItem2()).stream().sorted(comparator).toList();
                        return meta.of(rows.getItem1(), List.of(metricId), null).map(m -> Representation.render(format,
                                new RegionalRatesResponse(metricId, day, rankedLevel, parentCode, ranked, m),
                                RegionalRateRow.class, ranked, "regional-rates-" + metricId + "-" + day));
                    }));
        });
    }

    private static String prefecture(Area area) {
        if (!"prefecture".equals(area.level)) {
            throw ApiException.invalidParameter("parent", "must be a prefecture, not " + area.nameJa + " (" + area.code + ")");
        }
        return area.code;
    }

    /** Competition ranking by value, highest first (1, 2, 2, 4). */
    private static List<RegionalRateRow> rank(List<ObservationRow> rows, List<ObservationRow> national) {
        Map<String, ObservationRow> nationalBySource = national.stream()
                .collect(Collectors.toMap(ObservationRow::source, Function.identity(), (a, b) -> a));
        List<ObservationRow> byValue = rows.stream().sorted(Comparator.comparing(ObservationRow::value).reversed()
                .thenComparing(ObservationRow::areaCode)).toList();
        List<RegionalRateRow> ranked = new java.util.ArrayList<>(byValue.size());
        for (int i = 0; i < byValue.size(); i++) {
            ObservationRow r = byValue.get(i);
            boolean tie = i > 0 && byValue.get(i - 1).value().compareTo(r.value()) == 0;
            int rank = tie ? ranked.get(i - 1).rank() : i + 1;
            ObservationRow nation = nationalBySource.get(r.source());
            ranked.add(new RegionalRateRow(rank, r.areaCode(), r.areaNameJa(), r.areaNameEn(), r.metric(), r.date(),
                    r.value(), r.unit(), r.precision(), r.numerator(), r.denominator(), r.basisDate(),
                    nation == null ? null : nation.value(), nation == null ? null : r.value().subtract(nation.value()),
                    r.source(), r.release()));
        }
        return ranked;
    }

    private static Comparator<RegionalRateRow> comparator(String sort, String order) {
        Comparator<RegionalRateRow> comparator = switch (sort == null ? "rank" : sort) {
            case "rank" -> Comparator.comparingInt(RegionalRateRow::rank).thenComparing(RegionalRateRow::areaCode);
            case "code" -> Comparator.comparing(RegionalRateRow::areaCode);
            case "name" -> Comparator.comparing(RegionalRateRow::areaNameJa);
            default -> throw ApiException.invalidParameter("sort", "must be rank, code or name");
        };
        return switch (order == null ? "asc" : order) {
            case "asc" -> comparator;
            case "desc" -> comparator.reversed();
            default -> throw ApiException.invalidParameter("order", "must be asc or desc");
        };
    }

    /** The parameters of a ranking. */
    public record RankingParameters(
            @Parameter(description = "Metric id (default cards-issued-rate).", example = "cards-issued-rate") @QueryParam("metric") String metric,
            @Parameter(description = "prefecture (default) or municipality.", example = "prefecture") @QueryParam("level") String level,
            @Parameter(description = "A prefecture (code or name): rank its municipalities.", example = "13") @QueryParam("parent") String parent,
            @Parameter(description = "latest (default), YYYY, YYYY-MM or YYYY-MM-DD: the newest date within it at which "
                    + "every ranked area has a figure (failing that, the newest with any).",
                    example = "2022-12-31") @QueryParam("date") String date,
            @Parameter(description = "rank (default), code or name.", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"rank", "code", "name"})) @QueryParam("sort") String sort,
            @Parameter(description = "asc (default) or desc.", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"asc", "desc"})) @QueryParam("order") String order) {

        static RankingParameters from(RequestParameters request) {
            return new RankingParameters(request.query("metric"), request.query("level"), request.query("parent"),
                    request.query("date"), request.query("sort"), request.query("order"));
        }
    }
}
