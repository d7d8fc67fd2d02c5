package jp.mynacard.stats;

import jp.mynacard.metric.Metric;
import jp.mynacard.metric.MetricCatalog;
import jp.mynacard.problem.ApiException;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Reading the query parameters that the statistics endpoints share. */
public final class StatsParameters {

    /** The {@code source} parameter, as every figure endpoint documents it. */
    public static final String SOURCE_DESCRIPTION = "Only figures of this source id (see /api/v1/sources). Absent: where sources "
            + "overlap, the one first in source precedence, the others listed in meta.alternatives. For example `C4J`.";

    private StatsParameters() {
    }

    /**
     * Comma-separated metric ids, each known (else unknown-metric with the closest ids) and allowed
     * here (else invalid-parameter naming {@code parameter}); {@code defaults} when absent.
     */
    public static List<String> metrics(String parameter, String value, Map<String, Metric> catalog, List<String> defaults,
                                Predicate<Metric> allowed, String allowedDescription) {
        if (value == null || value.isBlank()) {
            return defaults;
        }
        List<String> ids = list(value);
        for (String id : ids) {
            if (!allowed.test(MetricCatalog.require(catalog, id))) {
                throw ApiException.invalidParameter(parameter, "'" + id + "' is not " + allowedDescription);
            }
        }
        return ids;
    }

    /** The items of a comma-separated parameter, stripped, without empty ones and repeats; none when absent. */
    public static List<String> list(String value) {
        return value == null ? List.of()
                : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
