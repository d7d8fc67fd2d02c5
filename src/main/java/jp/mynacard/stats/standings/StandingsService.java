package jp.mynacard.stats.standings;

import jp.mynacard.stats.MetaFactory;
import jp.mynacard.stats.ranking.RegionalRateRow;
import jp.mynacard.stats.ranking.RegionalRateService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jp.mynacard.release.Vintage;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** Which areas lead or lag the nation by more than a margin ({@link StandingsResponse#METHOD}). */
@ApplicationScoped
public class StandingsService {

    private final RegionalRateService rankings;
    private final MetaFactory meta;

    StandingsService(RegionalRateService rankings, MetaFactory meta) {
        this.rankings = rankings;
        this.meta = meta;
    }

    Uni<StandingsResponse> standings(RegionalRateService.Question question, BigDecimal k, Vintage vintage) {
        return rankings.rank(question, vintage).chain(ranked -> {
            List<RegionalRateRow> leading = beyond(ranked.rows(), d -> d.compareTo(k) > 0);
            List<RegionalRateRow> lagging = beyond(ranked.rows(), d -> d.compareTo(k.negate()) < 0).stream()
                    .sorted(Comparator.comparingInt(RegionalRateRow::rank).reversed()).toList();
            return meta.of(ranked.figures(), List.of(ranked.metric()), null).map(m -> new StandingsResponse(ranked.metric(),
                    ranked.date(), ranked.level(), ranked.parentCode(), k, StandingsResponse.METHOD, leading, lagging,
                    m.counting(leading.size() + lagging.size())));
        });
    }

    private static List<RegionalRateRow> beyond(List<RegionalRateRow> rows, Predicate<BigDecimal> difference) {
        return rows.stream().filter(r -> r.differenceFromNational() != null && difference.test(r.differenceFromNational()))
                .toList();
    }
}
