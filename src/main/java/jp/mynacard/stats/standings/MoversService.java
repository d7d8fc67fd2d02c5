package jp.mynacard.stats.standings;

import jp.mynacard.stats.MetaFactory;
import jp.mynacard.stats.Preferred;
import jp.mynacard.stats.ranking.RegionalRateRow;
import jp.mynacard.stats.ranking.RegionalRateService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jp.mynacard.problem.ApiException;
import jp.mynacard.release.Vintage;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Each area's value and rank at two dates, the biggest movers first ({@link MoversResponse#METHOD}). */
@ApplicationScoped
public class MoversService {

    private final RegionalRateService rankings;
    private final MetaFactory meta;

    MoversService(RegionalRateService rankings, MetaFactory meta) {
        this.rankings = rankings;
        this.meta = meta;
    }

    /** The question: two rankings, ordered by change or by rank change, largest first unless {@code ascending}. */
    record Question(RegionalRateService.Question from, RegionalRateService.Question to, String sort, boolean ascending) {
    }

    Uni<MoversResponse> movers(Question question, Vintage vintage) {
        return Uni.combine().all().unis(rankings.rank(question.from(), vintage), rankings.rank(question.to(), vintage))
                .withUni((from, to) -> {
                    if (!from.date().isBefore(to.date())) {
                        throw ApiException.invalidParameter("from", "must come before `to`: it gives " + from.date()
                                + ", and `to` gives " + to.date());
                    }
                    Map<String, RegionalRateRow> before = from.rows().stream()
                            .collect(Collectors.toMap(RegionalRateRow::areaCode, Function.identity()));
                    List<MoversResponse.Mover> movers = to.rows().stream().filter(r -> before.containsKey(r.areaCode()))
                            .map(r -> mover(before.get(r.areaCode()), r)).sorted(order(question)).toList();
                    TreeSet<String> unmatched = Stream.concat(from.rows().stream(), to.rows().stream())
                            .map(RegionalRateRow::areaCode).collect(Collectors.toCollection(TreeSet::new));
                    movers.forEach(m -> unmatched.remove(m.areaCode()));
                    Preferred figures = new Preferred(
                            Stream.concat(from.figures().rows().stream(), to.figures().rows().stream()).toList(),
                            Stream.concat(from.figures().setAside().stream(), to.figures().setAside().stream()).toList());
                    return meta.of(figures, List.of(to.metric()), null).map(m -> new MoversResponse(to.metric(), from.date(),
                            to.date(), to.level(), to.parentCode(), question.sort(), MoversResponse.METHOD, movers,
                            List.copyOf(unmatched), m.counting(movers.size())));
                });
    }

    private static MoversResponse.Mover mover(RegionalRateRow from, RegionalRateRow to) {
        return new MoversResponse.Mover(to.areaCode(), to.areaNameJa(), to.areaNameEn(), to.unit(), from.value(), to.value(),
                to.value().subtract(from.value()), from.rank(), to.rank(), from.rank() - to.rank(), from.source(), to.source());
    }

    private static Comparator<MoversResponse.Mover> order(Question question) {
        Comparator<MoversResponse.Mover> by = "rank".equals(question.sort())
                ? Comparator.comparingInt(MoversResponse.Mover::rankChange)
                : Comparator.comparing(MoversResponse.Mover::change);
        return (question.ascending() ? by : by.reversed()).thenComparing(MoversResponse.Mover::areaCode);
    }
}
