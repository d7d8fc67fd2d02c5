package jp.mynacard.stats;

import jp.mynacard.observation.ObservationRow;
import jp.mynacard.release.Source;
import jp.mynacard.release.SourceTier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One figure per question (metric, area, date and breakdown) where several sources give one: the
 * source of the better {@link SourceTier}, then the more exact figure, then the source id, so the
 * choice is stable. The figures set aside stay reachable with {@code source=}.
 *
 * @param rows     the chosen figures, in the order they came
 * @param setAside the others
 */
public record Preferred(List<ObservationRow> rows, List<ObservationRow> setAside) {

    private static final List<String> PRECISION_ORDER = List.of("exact", "approx", "approx_1k", "approx_10k",
            "approx_1m", "lower_bound", "unstated", "secondary_unverified");

    private record Question(String metric, String areaCode, LocalDate date, String ageGroup, String sex, String category) {

        public static Question of(ObservationRow r) {
            return new Question(r.metric(), r.areaCode(), r.date(), r.ageGroup(), r.sex(), r.category());
        }

        /** Written out: the record's generated hash was the uncached answers' largest cost (docs/decisions/0007-one-declaration-per-endpoint.md). */
        @Override
        public int hashCode() {
            int hash = Objects.hashCode(metric);
            hash = 31 * hash + Objects.hashCode(areaCode);
            hash = 31 * hash + Objects.hashCode(date);
            hash = 31 * hash + Objects.hashCode(ageGroup);
            hash = 31 * hash + Objects.hashCode(sex);
            return 31 * hash + Objects.hashCode(category);
        }
    }

    /** Better first: tier, precision, source id. */
    private static Comparator<ObservationRow> order(Map<String, Source> sources) {
        return Comparator.<ObservationRow, SourceTier>comparing(r -> tier(sources, r.source()))
                .thenComparing(r -> PRECISION_ORDER.indexOf(r.precision()))
                .thenComparing(ObservationRow::source);
    }

    public static Preferred of(List<ObservationRow> rows, Map<String, Source> sources) {
        Comparator<ObservationRow> order = order(sources);
        Map<Question, ObservationRow> best = new HashMap<>();
        rows.forEach(r -> best.merge(Question.of(r), r, (a, b) -> order.compare(a, b) <= 0 ? a : b));
        if (best.size() == rows.size()) {
            return new Preferred(rows, List.of());
        }
        List<ObservationRow> chosen = new ArrayList<>(best.size());
        List<ObservationRow> setAside = new ArrayList<>(rows.size() - best.size());
        rows.forEach(r -> (best.get(Question.of(r)) == r ? chosen : setAside).add(r));
        return new Preferred(chosen, setAside);
    }

    /** The chosen figures that are totals: not broken down by age, sex or category. */
    public List<ObservationRow> totals() {
        return rows.stream().filter(r -> r.ageGroup() == null && r.sex() == null && r.category() == null).toList();
    }

    private static SourceTier tier(Map<String, Source> sources, String id) {
        Source source = sources.get(id);
        return source == null ? SourceTier.SECONDARY : source.tier();
    }
}
