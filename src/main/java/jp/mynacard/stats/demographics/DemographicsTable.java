package jp.mynacard.stats.demographics;

import jp.mynacard.observation.ObservationRow;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * MIC's 男女・年齢別 table rebuilt from the figures: one row per age group, sex and source, with the
 * cards issued, their rate and share side by side; "all" first, then by age, male, female, total.
 */
final class DemographicsTable {

    static final List<String> METRICS = List.of("cards-issued", "cards-issued-rate", "cards-issued-share");
    private static final List<String> SEXES = List.of("male", "female", "total");

    private DemographicsTable() {
    }

    static List<DemographicRow> of(List<ObservationRow> rows) {
        Map<String, Map<String, ObservationRow>> byGroup = new LinkedHashMap<>();
        rows.forEach(r -> byGroup.computeIfAbsent(r.ageGroup() + "|" + r.sex() + "|" + r.source(), k -> new LinkedHashMap<>())
                .put(r.metric(), r));
        return byGroup.values().stream().map(figures -> {
            ObservationRow issued = figures.get("cards-issued");
            ObservationRow any = figures.values().iterator().next();
            return new DemographicRow(any.date(), any.ageGroup(), any.sex(),
                    issued == null ? null : issued.denominator(), value(issued), value(figures.get("cards-issued-rate")),
                    value(figures.get("cards-issued-share")), issued == null ? null : issued.basisDate(), any.source(),
                    any.release());
        }).sorted(Comparator.comparing((DemographicRow r) -> ageOrder(r.ageGroup()))
                .thenComparing(r -> SEXES.indexOf(r.sex())).thenComparing(DemographicRow::source)).toList();
    }

    private static BigDecimal value(ObservationRow row) {
        return Optional.ofNullable(row).map(ObservationRow::value).orElse(null);
    }

    /** "all" first, then by the first age of the group. */
    private static int ageOrder(String ageGroup) {
        return "all".equals(ageGroup) ? -1 : Integer.parseInt(ageGroup.replaceAll("[^0-9].*$", ""));
    }
}
