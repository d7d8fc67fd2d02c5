package jp.mynacard.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Builds the records of one source row: the row's source, period and precision are fixed, each call
 * adds one figure. Keeps the parsers free of fifteen-argument constructor calls.
 */
final class ObservationFactory {

    private final CsvRow row;
    private final Period period;
    private final String sourceId;
    private final String precision;
    private final String note;
    private String ageGroup = "";
    private String sex = "";
    private String category = "";

    ObservationFactory(CsvRow row, Period period, String sourceId, String precision, String note) {
        this.row = row;
        this.period = period;
        this.sourceId = sourceId;
        this.precision = precision;
        this.note = note;
    }

    ObservationFactory breakdown(String ageGroup, String sex, String category) {
        this.ageGroup = ageGroup;
        this.sex = sex;
        this.category = category;
        return this;
    }

    ObservationRecord figure(String metricId, String areaCode, BigDecimal value, String unit) {
        return rate(metricId, areaCode, value, unit, null, null);
    }

    /** A figure over a population: the denominator and the 1 January it was counted at travel with it. */
    ObservationRecord rate(String metricId, String areaCode, BigDecimal value, String unit, Long denominator,
                           LocalDate basisDate) {
        return new ObservationRecord(metricId, areaCode, period, ageGroup, sex, category, sourceId, value, unit,
                precision, denominator, basisDate, note, row.file(), row.line());
    }
}
