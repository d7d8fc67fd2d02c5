package jp.mynacard.observation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The natural key of a figure in SQL: at most one per release, at most one current. Every statement
 * that compares, groups or picks figures by key uses these, so the key is defined once.
 */
public final class ObservationKey {

    private static final List<String> COLUMNS = List.of("metric_id", "area_code", "ref_date", "period_start",
            "age_group", "sex", "category", "source_id");

    private ObservationKey() {
    }

    /** "metric_id, area_code, ...", optionally qualified by a table alias ("x.metric_id, ..."). */
    public static String columns(String alias) {
        return COLUMNS.stream().map(c -> alias.isEmpty() ? c : alias + "." + c).collect(Collectors.joining(", "));
    }

    /** "a.metric_id = b.metric_id AND ...": the two figures have the same key. */
    public static String same(String a, String b) {
        return equal(COLUMNS, a, b);
    }

    /** "a.area_code = b.area_code AND ...": the same key but the metric (a rate's numerator and the rate). */
    public static String sameBesidesMetric(String a, String b) {
        return equal(COLUMNS.subList(1, COLUMNS.size()), a, b);
    }

    private static String equal(List<String> columns, String a, String b) {
        return columns.stream().map(c -> a + "." + c + " = " + b + "." + c).collect(Collectors.joining(" AND "));
    }
}
