package jp.mynacard.stats.bottleneck;

import jp.mynacard.stats.AnalysisInputs;
import jp.mynacard.stats.DateRange;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jp.mynacard.area.Area;
import jp.mynacard.area.AreaView;
import jp.mynacard.observation.ObservationQuery;
import jp.mynacard.observation.ObservationRow;
import jp.mynacard.metric.Metric;
import jp.mynacard.problem.ApiException;
import jp.mynacard.problem.ProblemType;
import jp.mynacard.release.Vintage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Applications against cards issued and held, date by date ({@link BottleneckResponse#METHOD}). */
@ApplicationScoped
public class BottleneckService {

    static final String APPLICATIONS = "applications";
    static final String ISSUED = "cards-issued";
    static final String HELD = "cards-held";
    private static final List<String> METRICS = List.of(APPLICATIONS, ISSUED, HELD);
    private static final int RATIO_SCALE = 4;

    private final AnalysisInputs inputs;

    BottleneckService(AnalysisInputs inputs) {
        this.inputs = inputs;
    }

    Uni<BottleneckResponse> bottleneck(String areaQuery, DateRange range, String source, Vintage vintage) {
        return inputs.withCatalogs((index, catalog) -> {
            Area area = index.resolve(areaQuery);
            return inputs.figures.find(ObservationQuery.of(METRICS).areas(List.of(area.code()))
                            .between(range.start(), range.end()).source(source).asOf(vintage).build())
                    .chain(found -> {
                        TreeMap<LocalDate, Map<String, ObservationRow>> byDate = new TreeMap<>();
                        found.totals().forEach(r -> byDate.computeIfAbsent(r.date(), d -> new HashMap<>()).put(r.metric(), r));
                        List<BottleneckResponse.Row> rows = rows(byDate);
                        if (rows.isEmpty()) {
                            throw new ApiException(ProblemType.NO_DATA, area.nameJa() + " (" + area.code() + ") has no date in "
                                    + "the dates asked with a figure of applications and one of cards issued or held.");
                        }
                        List<LocalDate> applicationsOnly = byDate.entrySet().stream()
                                .filter(e -> e.getValue().containsKey(APPLICATIONS) && !paired(e.getValue()))
                                .map(Map.Entry::getKey).toList();
                        List<ObservationRow> used = byDate.values().stream()
                                .filter(BottleneckService::paired)
                                .flatMap(figures -> figures.values().stream()).toList();
                        return inputs.meta.of(used, METRICS, null).map(m -> new BottleneckResponse(AreaView.from(area),
                                BottleneckResponse.METHOD, caveats(catalog), rows, applicationsOnly, m.counting(rows.size())));
                    });
        });
    }

    private static List<BottleneckResponse.Row> rows(TreeMap<LocalDate, Map<String, ObservationRow>> byDate) {
        List<BottleneckResponse.Row> rows = new ArrayList<>();
        Map<String, ObservationRow> previous = null;
        for (Map<String, ObservationRow> figures : byDate.values()) {
            if (!paired(figures)) {
                continue;
            }
            ObservationRow applications = figures.get(APPLICATIONS);
            ObservationRow issued = figures.get(ISSUED);
            ObservationRow held = figures.get(HELD);
            boolean sincePrevious = issued != null && previous != null;
            rows.add(new BottleneckResponse.Row(applications.date(), applications.value(), applications.source(),
                    value(issued), source(issued), value(held), source(held),
                    issued == null ? null : applications.value().subtract(issued.value()),
                    ratio(issued, applications), ratio(held, applications),
                    sincePrevious ? previous.get(APPLICATIONS).date() : null,
                    sincePrevious ? applications.value().subtract(previous.get(APPLICATIONS).value()) : null,
                    sincePrevious ? issued.value().subtract(previous.get(ISSUED).value()) : null));
            if (issued != null) {
                previous = figures;
            }
        }
        return rows;
    }

    /** A date's figures compared: applications beside cards issued or held. */
    private static boolean paired(Map<String, ObservationRow> figures) {
        return figures.containsKey(APPLICATIONS) && (figures.containsKey(ISSUED) || figures.containsKey(HELD));
    }

    /** Each metric's definition and its notes, as the catalog states them. */
    private static List<String> caveats(Map<String, Metric> catalog) {
        return METRICS.stream().map(catalog::get).filter(Objects::nonNull)
                .flatMap(m -> Stream.of(m.id + ": " + m.definition, m.definitionNotes == null ? null : m.id + ": " + m.definitionNotes))
                .filter(Objects::nonNull).toList();
    }

    private static BigDecimal ratio(ObservationRow part, ObservationRow whole) {
        return part == null ? null : part.value().divide(whole.value(), RATIO_SCALE, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal value(ObservationRow row) {
        return row == null ? null : row.value();
    }

    private static String source(ObservationRow row) {
        return row == null ? null : row.source();
    }
}
