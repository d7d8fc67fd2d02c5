package jp.mynacard.stats.ranking;

import jp.mynacard.stats.AnalysisInputs;
import jp.mynacard.stats.DateResolver;
import jp.mynacard.stats.Preferred;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jp.mynacard.area.Area;
import jp.mynacard.area.AreaCodes;
import jp.mynacard.area.AreaIndex;
import jp.mynacard.observation.Observations;
import jp.mynacard.observation.ObservationQuery;
import jp.mynacard.metric.MetricCatalog;
import jp.mynacard.problem.ApiException;
import jp.mynacard.release.Vintage;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Every prefecture, or every municipality of one, ranked for one metric at one date. */
@ApplicationScoped
public class RegionalRateService {

    static final String DEFAULT_METRIC = "cards-issued-rate";

    private final AnalysisInputs inputs;
    private final Observations figures;
    private final DateResolver dates;

    RegionalRateService(AnalysisInputs inputs, Observations figures, DateResolver dates) {
        this.inputs = inputs;
        this.figures = figures;
        this.dates = dates;
    }

    /** What is ranked: a level, under a parent (a prefecture's municipalities) or not. */
    private record Ranked(String level, String parentCode) {
    }

    /** What to rank: a metric (default cards-issued-rate) at a date ({@link DateResolver}; {@code dateName} names it in errors). */
    public record Question(String metric, String level, String parent, String dateName, String date, String source) {
    }

    /** A ranking: the date answered, what was ranked, the figures chosen and the rows in rank order. */
    public record RankedFigures(String metric, LocalDate date, String level, String parentCode, Preferred figures,
                         List<RegionalRateRow> rows) {
    }

    Uni<RegionalRatesResponse> ranking(RegionalRateResource.RankingParameters p, Vintage vintage) {
        Comparator<RegionalRateRow> order = Ranking.order(p.sort(), p.order());
        return rank(new Question(p.metric(), p.level(), p.parent(), "date", p.date(), p.source()), vintage)
                .chain(r -> inputs.meta.of(r.figures(), List.of(r.metric()), null).map(m -> new RegionalRatesResponse(r.metric(),
                        r.date(), r.level(), r.parentCode(), r.rows().stream().sorted(order).toList(), m)));
    }

    /** Every area asked for ranked at the date asked, each beside the nation's figure of its own source. */
    public Uni<RankedFigures> rank(Question q, Vintage vintage) {
        String metric = q.metric() == null ? DEFAULT_METRIC : q.metric();
        return inputs.withCatalogs((index, catalog) -> {
            MetricCatalog.require(catalog, metric);
            Ranked ranked = ranked(index, q.level(), q.parent());
            ObservationQuery query = ObservationQuery.of(List.of(metric)).level(ranked.level()).parent(ranked.parentCode())
                    .source(q.source()).asOf(vintage).build();
            return dates.resolve(q.dateName(), q.date(), query, index.count(ranked.level(), ranked.parentCode()))
                    .chain(day -> rank(query, ranked, day));
        });
    }

    private Uni<RankedFigures> rank(ObservationQuery query, Ranked ranked, LocalDate day) {
        ObservationQuery nation = ObservationQuery.of(query.metrics()).area(AreaCodes.NATION).between(day, day)
                .asOf(query.vintage()).build();
        // One row per area; each beside the nation's figure of its own source (all sources are asked for that).
        return Uni.combine().all().unis(inputs.figures.find(query.at(day)), figures.find(nation)).with((areaRows, nationRows) ->
                new RankedFigures(query.metrics().get(0), day, ranked.level(), ranked.parentCode(), areaRows,
                        Ranking.rank(areaRows.rows(), nationRows)));
    }

    /** A parent must be a prefecture, and then municipalities are ranked; else the level asked (default prefectures). */
    private static Ranked ranked(AreaIndex index, String level, String parent) {
        if (parent == null) {
            return new Ranked(level == null ? "prefecture" : level, null);
        }
        Area area = index.resolve(parent);
        if (!"prefecture".equals(area.level())) {
            throw ApiException.invalidParameter("parent", "must be a prefecture, not " + area.nameJa() + " (" + area.code() + ")");
        }
        return new Ranked("municipality", area.code());
    }
}
