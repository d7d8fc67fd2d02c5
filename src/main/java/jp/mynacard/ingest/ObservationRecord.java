package jp.mynacard.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One figure as parsed, with where it came from. Breakdown fields are "" when absent; the value is
 * kept as the source wrote it (BigDecimal keeps "70.0" as 70.0).
 */
public record ObservationRecord(String metricId, String areaCode, Period period, String ageGroup, String sex,
                                String category, String sourceId, BigDecimal value, String unit, String precision,
                                Long denominator, LocalDate basisDate, String note, String file, int line) {

    /** The same figure filed under another metric or unit. */
    public ObservationRecord filedAs(String metric, String inUnit) {
        return new ObservationRecord(metric, areaCode, period, ageGroup, sex, category, sourceId, value, inUnit, precision,
                denominator, basisDate, note, file, line);
    }

    /** The same figure citing another source. */
    public ObservationRecord citing(String source) {
        return new ObservationRecord(metricId, areaCode, period, ageGroup, sex, category, source, value, unit, precision,
                denominator, basisDate, note, file, line);
    }

    /** The natural key: at most one value per release. */
    public String key() {
        return String.join("|", metricId, areaCode, period.start().toString(), period.end().toString(),
                ageGroup, sex, category, sourceId);
    }
}
