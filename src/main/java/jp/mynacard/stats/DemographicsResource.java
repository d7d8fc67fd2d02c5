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
import jp.mynacard.area.AreaCodes;
import jp.mynacard.release.Vintage;
import jp.mynacard.web.OutputFormat;
import jp.mynacard.web.Representation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Cards issued by age group and sex (MIC's 男女・年齢別 table). */
@Path("/api/v1/demographics")
@Produces({MediaType.APPLICATION_JSON, Representation.CSV})
@Tag(name = "Demographics", description = "Cards issued by age group and sex.")
public class DemographicsResource {

    @Inject
    ReleaseCatalog releases;

    private static final List<String> METRICS = List.of("cards-issued", "cards-issued-rate", "cards-issued-share");
    private static final List<String> SEXES = List.of("male", "female", "total");

    @Inject
    Figures repository;

    @Inject
    DateResolver dates;

    @Inject
    MetaFactory meta;

    /** The demographics of one date. */
    @Schema(name = "DemographicsResponse")
    public record DemographicsResponse(@Schema(examples = "2022-12-31") LocalDate date, List<DemographicRow> data,
                                       ResponseMeta meta) {
    }

    @GET
    @Operation(summary = "Cards issued by age group and sex at a date",
            description = "National figures by 5-year age group and sex; the age groups above 90 changed in 2022 "
                    + "(90-94, 95-99, 100+ until 2022-03-01, then 90+). Published for 45 dates, 2017-05-15 to 2022-12-31.")
    @APIResponse(responseCode = "200", description = "The table as JSON or CSV",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DemographicsResponse.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Uni<Response> demographics(
            @Parameter(description = "latest (default), YYYY, YYYY-MM or YYYY-MM-DD.", example = "2022-12-31")
            @QueryParam("date") String date,
            @BeanParam VintageParameter vintage, @BeanParam OutputFormat format) {
        format.kind(); // a bad format parameter fails before any query runs
        return vintage.resolve(releases).chain(v -> answer(date, v, format));
    }

    private Uni<Response> answer(String date, Vintage vintage, OutputFormat format) {
        ObservationQuery query = ObservationQuery.of(METRICS).area(AreaCodes.NATION)
                .ageGroup(ObservationQuery.ANY).sex(ObservationQuery.ANY).asOf(vintage).build();
        return dates.resolve(date, query.toBuilder().ageGroup("all").sex("total").build(), 1).chain(day -> repository.find(query.at(day))
                .chain(rows -> {
                    List<ObservationRow> broken = rows.stream().filter(r -> r.ageGroup() != null && r.sex() != null).toList();
                    List<DemographicRow> table = table(broken);
                    return meta.of(broken, METRICS, null).map(m -> Representation.render(format,
                            new DemographicsResponse(day, table, m), DemographicRow.class, table, "demographics-" + day));
                }));
    }

    private static List<DemographicRow> table(List<ObservationRow> rows) {
        Map<String, Map<String, ObservationRow>> byGroup = new LinkedHashMap<>();
        rows.forEach(r -> byGroup.computeIfAbsent(r.ageGroup() + "|" + r.sex() + "|" + r.source(), k -> new LinkedHashMap<>())
                .put(r.metric(), r));
        return byGroup.values().stream().map(figures -> {
            ObservationRow issued = figures.get("cards-issued");
            ObservationRow any = figures.values().iterator().next();
            return new DemographicRow(any.date(), any.ageGroup(), any.sex(),
                    issued == null ? null : issued.denominator(), value(issued), value(figures.get("cards-issued-rate")),
                    value(figures.get("cards-issued-share")), issued == null ? null : issued.basisDate(), any.source(),
                    any.release());
        }).sorted(Comparator.comparing((DemographicRow r) -> ageOrder(r.ageGroup()))
                .thenComparing(r -> SEXES.indexOf(r.sex())).thenComparing(DemographicRow::source)).toList();
    }

    private static BigDecimal value(ObservationRow row) {
        return Optional.ofNullable(row).map(ObservationRow::value).orElse(null);
    }

    /** "all" first, then by the first age of the group. */
    private static int ageOrder(String ageGroup) {
        return "all".equals(ageGroup) ? -1 : Integer.parseInt(ageGroup.replaceAll("[^0-9].*$", ""));
    }
}
