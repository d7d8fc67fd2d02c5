package jp.mynacard.stats;

import jp.mynacard.figure.ObservationRow;
import jp.mynacard.metric.Metric;
import jp.mynacard.release.Source;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Headline tiles from real national figures of the bundled data/national_timeseries.csv. */
class SummaryCalculatorTest {

    private static final Map<String, Metric> CATALOG = Map.of("cards-held", metric("cards-held"),
            "cards-held-rate", metric("cards-held-rate"));
    private static final Map<String, Source> SOURCES = Map.of("BCN2025", source("BCN2025", "secondary"),
            "BCN2026", source("BCN2026", "secondary"), "PCWATCH2025", source("PCWATCH2025", "secondary"),
            "LIMO103819", source("LIMO103819", "secondary"), "WIKIJA", source("WIKIJA", "tertiary"));

    @Test
    void theNewestFigureWithItsPreviousAndYearEarlierChanges() {
        SummaryCalculator.Tiles tiles = SummaryCalculator.tiles(List.of("cards-held-rate"), CATALOG, SOURCES, List.of(
                figure("cards-held-rate", "2023-10-31", "72.7", "percent", "WIKIJA"),
                figure("cards-held-rate", "2025-01-31", "77.6", "percent", "BCN2025"),
                figure("cards-held-rate", "2025-12-03", "80.3", "percent", "PCWATCH2025"),
                figure("cards-held-rate", "2026-01-31", "81.2", "percent", "BCN2026")));
        SummaryTile tile = tiles.tiles().get(0);
        assertEquals(new BigDecimal("81.2"), tile.value());
        assertEquals(LocalDate.of(2025, 12, 3), tile.previousDate());
        assertEquals(new BigDecimal("0.9"), tile.changeSincePrevious());
        assertEquals(LocalDate.of(2025, 1, 31), tile.yearEarlierDate());
        assertEquals(new BigDecimal("3.6"), tile.changeSinceYearEarlier());
        assertEquals(List.of("BCN2026"), tiles.shown().stream().map(ObservationRow::source).toList());
    }

    @Test
    void noChangeBetweenCardsAndPersonsAndNoTileFromATertiarySource() {
        SummaryCalculator.Tiles tiles = SummaryCalculator.tiles(List.of("cards-held"), CATALOG, SOURCES, List.of(
                figure("cards-held", "2025-09-30", "99080000", "persons", "LIMO103819"),
                figure("cards-held", "2025-12-03", "100129804", "cards", "PCWATCH2025")));
        SummaryTile tile = tiles.tiles().get(0);
        assertEquals(new BigDecimal("99080000"), tile.previousValue());
        assertNull(tile.changeSincePrevious());
        assertEquals(List.of(), SummaryCalculator.tiles(List.of("cards-held"), CATALOG, SOURCES,
                List.of(figure("cards-held", "2023-10-31", "91150000", "persons", "WIKIJA"))).tiles());
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
        Source source = new Source();
        source.id = id;
        source.reliability = reliability;
        return source;
    }
}
