package jp.mynacard.stats.ranking;

import jp.mynacard.observation.ObservationRow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Ranks areas by one metric's value at one date, beside the nation's figure of the same source. */
final class Ranking {

    private Ranking() {
    }

    /** Competition ranking by value, highest first (1, 2, 2, 4); ties in area code order. */
    static List<RegionalRateRow> rank(List<ObservationRow> rows, List<ObservationRow> national) {
        Map<String, ObservationRow> nationalBySource = national.stream()
                .collect(Collectors.toMap(ObservationRow::source, Function.identity(), (a, b) -> a));
        List<ObservationRow> byValue = rows.stream().sorted(Comparator.comparing(ObservationRow::value).reversed()
                .thenComparing(ObservationRow::areaCode)).toList();
        List<RegionalRateRow> ranked = new ArrayList<>(byValue.size());
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

    /** The order asked for (validated): by rank (default), code or name; ascending (default) or descending. */
    static Comparator<RegionalRateRow> order(String sort, String order) {
        Comparator<RegionalRateRow> comparator = switch (sort == null ? "rank" : sort) {
            case "code" -> Comparator.comparing(RegionalRateRow::areaCode);
            case "name" -> Comparator.comparing(RegionalRateRow::areaNameJa);
            default -> Comparator.comparingInt(RegionalRateRow::rank).thenComparing(RegionalRateRow::areaCode);
        };
        return "desc".equals(order) ? comparator.reversed() : comparator;
    }
}
