package jp.mynacard.stats;

import jp.mynacard.observation.ObservationRow;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Real figures of MIC's table of 2022-12-31 (release 47, source C4J), as the services' unit tests use them. */
public final class Figures2022 {

    static final LocalDate DATE = LocalDate.of(2022, 12, 31);
    public static final LocalDate BASIS = LocalDate.of(2022, 1, 1);

    private Figures2022() {
    }

    /** A prefecture's cards-issued-rate with its numerator and denominator. */
    public static ObservationRow rate(String code, String nameJa, String value, long numerator, long denominator) {
        return new ObservationRow("cards-issued-rate", code, nameJa, null, code.equals("00") ? "nation" : "prefecture", DATE,
                DATE, "as-of", DATE.toString(), null, null, null, new BigDecimal(value), "percent", "exact",
                BigDecimal.valueOf(numerator), denominator, BASIS, "C4J", 47, null, 0);
    }

    /** A national figure of the age and sex table. */
    public static ObservationRow demographic(String metric, String ageGroup, String sex, String value, Long population) {
        return new ObservationRow(metric, "00", "全国", "Japan", "nation", DATE, DATE, "as-of", DATE.toString(), ageGroup,
                sex, null, new BigDecimal(value), metric.equals("cards-issued") ? "cards" : "percent", "exact", null,
                population, BASIS, "C4J", 47, null, 0);
    }
}
