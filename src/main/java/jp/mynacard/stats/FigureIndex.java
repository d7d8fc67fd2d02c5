package jp.mynacard.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every current figure in memory, by metric and area, each area's figures in date order: answers the
 * same queries as the SQL of {@link ObservationRepository}, in the same order, without a round trip.
 */
final class FigureIndex {

    /** A figure and its area's parent (for queries by parent). */
    record Figure(ObservationRow row, String parentCode) {
    }

    private static final Comparator<ObservationRow> WITHIN_AREA = Comparator.comparing(ObservationRow::date)
            .thenComparingLong(ObservationRow::id);

    private final Map<String, TreeMap<String, List<Figure>>> byMetricAndArea = new HashMap<>();
    /** Per metric, the areas' figure lists grouped by parent and by level (rankings need no full scan). */
    private final Map<String, Map<String, List<List<Figure>>>> byMetricAndGroup = new HashMap<>();

    FigureIndex(Collection<Figure> figures) {
        for (Figure figure : figures) {
            byMetricAndArea.computeIfAbsent(figure.row().metric(), m -> new TreeMap<>())
                    .computeIfAbsent(figure.row().areaCode(), a -> new ArrayList<>()).add(figure);
        }
        byMetricAndArea.forEach((metric, areas) -> areas.values().forEach(list -> {
            list.sort(Comparator.comparing(Figure::row, WITHIN_AREA));
            Figure first = list.get(0);
            Map<String, List<List<Figure>>> groups = byMetricAndGroup.computeIfAbsent(metric, m -> new HashMap<>());
            groups.computeIfAbsent("level:" + first.row().areaLevel(), g -> new ArrayList<>()).add(list);
            groups.computeIfAbsent("parent:" + first.parentCode(), g -> new ArrayList<>()).add(list);
        }));
    }

    /** Ordered by metric, area code, date and id, after the cursor, at most the limit. */
    List<ObservationRow> find(ObservationQuery q) {
        List<ObservationRow> found = new ArrayList<>();
        for (String metric : q.metrics().stream().sorted().distinct().toList()) {
            for (List<Figure> area : areas(q, metric)) {
                for (Figure figure : area) {
                    if (matches(q, figure) && after(q.after(), figure.row())) {
                        found.add(figure.row());
                        if (found.size() == q.limit()) {
                            return found;
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Dates with figures for the query (its from/to ignored), newest first, with their number of areas. */
    List<ObservationRepository.DateCoverage> dates(ObservationQuery q) {
        ObservationQuery anyDate = q.at(null);
        Map<LocalDate, Set<String>> areasByDate = new TreeMap<>(Comparator.reverseOrder());
        for (String metric : q.metrics()) {
            for (List<Figure> area : areas(anyDate, metric)) {
                for (Figure figure : area) {
                    if (matches(anyDate, figure)) {
                        areasByDate.computeIfAbsent(figure.row().date(), d -> new HashSet<>()).add(figure.row().areaCode());
                    }
                }
            }
        }
        return areasByDate.entrySet().stream()
                .map(e -> new ObservationRepository.DateCoverage(e.getKey(), e.getValue().size())).toList();
    }

    /** The figure lists of the areas the query can match, in area code order. */
    private Collection<List<Figure>> areas(ObservationQuery q, String metric) {
        TreeMap<String, List<Figure>> areas = byMetricAndArea.getOrDefault(metric, new TreeMap<>());
        if (q.areaCodes() != null) {
            return q.areaCodes().stream().sorted().distinct().map(code -> areas.getOrDefault(code, List.of())).toList();
        }
        String group = q.parentCode() != null ? "parent:" + q.parentCode() : q.level() != null ? "level:" + q.level() : null;
        return group == null ? areas.values()
                : byMetricAndGroup.getOrDefault(metric, Map.of()).getOrDefault(group, List.of());
    }

    private static boolean matches(ObservationQuery q, Figure figure) {
        ObservationRow r = figure.row();
        return (q.level() == null || q.level().equals(r.areaLevel()))
                && (q.parentCode() == null || q.parentCode().equals(figure.parentCode()))
                && (q.from() == null || !r.date().isBefore(q.from()))
                && (q.to() == null || !r.date().isAfter(q.to()))
                && breakdown(q.ageGroup(), r.ageGroup()) && breakdown(q.sex(), r.sex())
                && breakdown(q.category(), r.category())
                && (q.source() == null || q.source().equals(r.source()));
    }

    /** Null asks for "not broken down", ANY for every value, anything else for that value. */
    private static boolean breakdown(String wanted, String value) {
        return wanted == null ? value == null : ObservationQuery.ANY.equals(wanted) || wanted.equals(value);
    }

    private static boolean after(ObservationQuery.Cursor cursor, ObservationRow r) {
        if (cursor == null) {
            return true;
        }
        int c = r.metric().compareTo(cursor.metric());
        if (c == 0) {
            c = r.areaCode().compareTo(cursor.areaCode());
        }
        if (c == 0) {
            c = r.date().compareTo(cursor.date());
        }
        return c > 0 || (c == 0 && r.id() > cursor.id());
    }
}
