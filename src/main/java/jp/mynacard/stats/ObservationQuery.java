package jp.mynacard.stats;

import jp.mynacard.release.Vintage;

import java.time.LocalDate;
import java.util.List;

/**
 * What to select from the current figures. A null breakdown (ageGroup, sex, category) selects figures
 * without that breakdown; {@link #ANY} selects every value of it.
 */
public record ObservationQuery(List<String> metrics, List<String> areaCodes, String level, String parentCode,
                               LocalDate from, LocalDate to, String ageGroup, String sex, String category,
                               String source, Cursor after, int limit, Vintage vintage) {

    public static final String ANY = "*";
    public static final int NO_LIMIT = Integer.MAX_VALUE;

    /** The plain series of some metrics for one area. */
    public static ObservationQuery series(List<String> metrics, String areaCode, DateRange range) {
        return new ObservationQuery(metrics, List.of(areaCode), null, null, range.start(), range.end(), null, null,
                null, null, null, NO_LIMIT, null);
    }

    public ObservationQuery withBreakdown(String ageGroup, String sex, String category) {
        return new ObservationQuery(metrics, areaCodes, level, parentCode, from, to, ageGroup, sex, category, source,
                after, limit, vintage);
    }

    public ObservationQuery at(LocalDate date) {
        return new ObservationQuery(metrics, areaCodes, level, parentCode, date, date, ageGroup, sex, category, source,
                after, limit, vintage);
    }

    /** The same query over the figures as they stood at {@code vintage} (null: the current figures). */
    public ObservationQuery asOf(Vintage vintage) {
        return new ObservationQuery(metrics, areaCodes, level, parentCode, from, to, ageGroup, sex, category, source,
                after, limit, vintage);
    }

    /** Where a page ended: the sort key of its last row. */
    public record Cursor(String metric, String areaCode, LocalDate date, long id) {
    }
}
