package jp.mynacard.stats.summary;

import jp.mynacard.observation.ObservationRow;
import jp.mynacard.metric.Metric;
import jp.mynacard.release.Source;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Headline tiles from real national figures (data/national_timeseries.csv, data/2023-2026/da_dashboard_*.csv). */
class SummaryCalculatorTest {

    private static final List<SummaryCalculator.Headline> HELD = List.of(new SummaryCalculator.Headline("cards-held", "cards-held-rate"));
    private static final Map<String, Metric> CATALOG = Map.of("cards-held", metric("cards-held"),
            "cards-held-rate", metric("cards-held-rate"));
    private static final Map<String, Source> SOURCES = Map.of(
            "DA_CSV_WIDE_20260227", source("DA_CSV_WIDE_20260227", "primary (official dashboard CSV)"),
            "BCN2026", source("BCN2026", "secondary"), "PCWATCH2025", source("PCWATCH2025", "secondary"),
            "GHCODE_DA2026", source("GHCODE_DA2026", "secondary-unverified"), "WIKIJA", source("WIKIJA", "tertiary"));

    @Test
    void theNewestCountBesideTheRateOfItsOwnSourceAndDate() {
        SummaryCalculator.Tiles tiles = SummaryCalculator.tiles(HELD, CATALOG, SOURCES, List.of(
                figure("cards-held", "2025-12-03", "100029804", "cards", "PCWATCH2025"),
                figure("cards-held-rate", "2025-12-03", "80.3", "percent", "PCWATCH2025"),
                figure("cards-held", "2025-12-31", "100646892", "cards", "DA_CSV_WIDE_20260227"),
                figure("cards-held-rate", "2025-12-31", "81.0", "percent", "DA_CSV_WIDE_20260227"),
                figure("cards-held", "2026-01-31", "101148007", "cards", "DA_CSV_WIDE_20260227"),
                figure("cards-held-rate", "2026-01-31", "81.4", "percent", "DA_CSV_WIDE_20260227"),
                // MIC's rate of the same month, quoted by the press: another source, not this tile's rate.
                figure("cards-held-rate", "2026-01-31", "81.2", "percent", "BCN2026")));
        assertEquals(1, tiles.tiles().size());
        SummaryTile tile = tiles.tiles().get(0);
        assertEquals(new BigDecimal("101148007"), tile.value());
        assertEquals(new BigDecimal("81.4"), tile.rate());
        assertEquals("DA_CSV_WIDE_20260227", tile.source());
        // The previous figure is the dashboard's month before, not PCWATCH2025's newer 2025-12-03.
        assertEquals(LocalDate.of(2025, 12, 31), tile.previousDate());
        assertEquals(new BigDecimal("501115"), tile.changeSincePrevious());
        assertNull(tile.yearEarlierDate(), "the file starts at 2025-02");
        assertEquals(List.of("DA_CSV_WIDE_20260227"), tiles.shown().stream().map(ObservationRow::source).distinct().toList());
    }

    @Test
    void noRateWhereTheSourceGaveNoneAndNoTileFromUnverifiedOrTertiarySources() {
        SummaryTile tile = SummaryCalculator.tiles(HELD, CATALOG, SOURCES, List.of(
                figure("cards-held", "2025-12-03", "100029804", "cards", "PCWATCH2025"),
                figure("cards-held-rate", "2026-01-31", "81.2", "percent", "BCN2026"),
                figure("cards-held-rate", "2026-01-31", "81.2", "percent", "GHCODE_DA2026"))).tiles().get(0);
        assertEquals(LocalDate.of(2025, 12, 3), tile.date());
        assertNull(tile.rate());
        assertEquals(List.of(), SummaryCalculator.tiles(HELD, CATALOG, SOURCES, List.of(
                figure("cards-held", "2023-10-31", "91150000", "cards", "WIKIJA"))).tiles());
    }

    private static ObservationRow figure(String metric, String date, String value, String unit, String source) {
        LocalDate day = LocalDate.parse(date);
        return new ObservationRow(metric, "00", "全国", "Japan", "nation", day, day, "as-of", date, null, null, null,
                new BigDecimal(value), unit, "exact", null, null, null, source, 50, null, 0);
    }

    private static Metric metric(String id) {
        Metric metric = new Metric();
        metric.id = id;
        return metric;
    }

    private static Source source(String id, String reliability) {
        return new Source(id, null, null, null, reliability, null);
    }
}
