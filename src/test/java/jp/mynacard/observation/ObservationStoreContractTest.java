package jp.mynacard.observation;

import jakarta.inject.Inject;
import jp.mynacard.metric.MetricCatalog;
import jp.mynacard.release.Release;
import jp.mynacard.release.ReleaseCatalog;
import jp.mynacard.release.Vintage;
import jp.mynacard.testsupport.ApiTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two figure stores answer alike on the real dataset: the in-memory latest state and the SQL of
 * the newest vintage, for every filter, breakdowns, paging, level and parent, and the date forms.
 * Alike means every figure with every column, in the same order, but its provenance: a figure that a
 * later release restated unchanged cites, in the latest state, the release that first published it
 * (with that statement's note) and, under asOf, the newest release that stated it (as the README says),
 * so release, note and row id are left out of the comparison.
 */
@ApiTest
class ObservationStoreContractTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final List<String> RATE = List.of("cards-issued-rate");
    private static final LocalDate END_2022 = LocalDate.of(2022, 12, 31);

    @Inject
    MemoryObservationStore memory;

    @Inject
    SqlObservationStore sql;

    @Inject
    ReleaseCatalog releases;

    @Inject
    MetricCatalog metrics;

    @Test
    void bothStoresAnswerEveryQueryShapeAlike() {
        Map<String, ObservationQuery.Builder> shapes = new java.util.LinkedHashMap<>();
        shapes.put("one area's series", ObservationQuery.of(List.of("cards-issued")).area("13"));
        shapes.put("two metrics over a period", ObservationQuery.of(List.of("cards-issued", "cards-issued-rate")).area("011002")
                .between(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31)));
        shapes.put("prefectures at a date (rates with numerators)", ObservationQuery.of(RATE).level("prefecture").between(END_2022, END_2022));
        shapes.put("municipalities over a year", ObservationQuery.of(RATE).level("municipality")
                .between(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)));
        shapes.put("a prefecture's municipalities", ObservationQuery.of(List.of("cards-issued", "cards-issued-rate")).parent("13"));
        shapes.put("parent at a date", ObservationQuery.of(RATE).parent("01").between(LocalDate.of(2022, 6, 1), LocalDate.of(2022, 6, 1)));
        shapes.put("the nation's headline series", ObservationQuery.of(List.of("cards-held", "cards-held-rate", "applications",
                "application-rate", "health-insurance-registrations")).level("nation"));
        shapes.put("several areas", ObservationQuery.of(List.of("cards-issued")).areas(List.of("27", "13", "011002")).between(null, END_2022));
        shapes.put("every age group and sex", ObservationQuery.of(List.of("cards-issued", "cards-issued-rate", "cards-issued-share"))
                .area("00").ageGroup(ObservationQuery.ANY).sex(ObservationQuery.ANY).between(END_2022, END_2022));
        shapes.put("one age group, one sex", ObservationQuery.of(List.of("cards-issued")).area("00").ageGroup("all").sex("female"));
        shapes.put("every category", ObservationQuery.of(RATE).category(ObservationQuery.ANY).between(LocalDate.of(2022, 1, 1), END_2022));
        shapes.put("one source", ObservationQuery.of(RATE).source("C4J").level("prefecture").between(LocalDate.of(2019, 1, 1), null));
        shapes.put("a source no figure cites", ObservationQuery.of(RATE).source("NO-SUCH-SOURCE"));
        shapes.put("an area without figures", ObservationQuery.of(RATE).area("999999"));
        shapes.put("service usage with categories", ObservationQuery.of(List.of("health-insurance-registrations",
                "health-insurance-usage-rate", "public-fund-account-registrations", "e-tax-income-tax-returns"))
                .area("00").category(ObservationQuery.ANY));
        shapes.put("a first page", ObservationQuery.of(RATE).level("municipality").limit(100));
        shapes.put("a first page of every metric", ObservationQuery.of(List.copyOf(metrics.all().await().atMost(WAIT).keySet())).limit(100));
        shapes.put("from a date on", ObservationQuery.of(List.of("applications", "cards-issued")).between(LocalDate.of(2023, 1, 1), null));
        shapes.put("up to a date", ObservationQuery.of(List.of("population")).between(null, LocalDate.of(2019, 1, 1)));

        Vintage newest = newest();
        // Right after the newest release, and as published by a day after every publication: both the latest.
        Vintage publishedByNow = new Vintage(newest.releaseId(), newest.importedAt(), LocalDate.of(2100, 1, 1));
        List<String> compared = new ArrayList<>();
        for (var shape : shapes.entrySet()) {
            ObservationQuery latest = shape.getValue().build();
            List<ObservationRow> fromMemory = memory.find(latest).await().atMost(WAIT);
            for (Vintage vintage : List.of(newest, publishedByNow)) {
                List<ObservationRow> fromSql = sql.find(latest.toBuilder().asOf(vintage).build()).await().atMost(WAIT);
                assertSame(shape.getKey(), fromMemory, fromSql);
                assertEquals(memory.dates(latest).await().atMost(WAIT), sql.dates(latest.toBuilder().asOf(vintage).build())
                        .await().atMost(WAIT), shape.getKey() + ": dates");
            }
            compared.add(shape.getKey() + " " + fromMemory.size());
        }
        assertEquals(19, compared.size());
        assertTrue(shapes.keySet().stream().filter(k -> !k.contains("no figure") && !k.contains("without"))
                .allMatch(k -> !compared.contains(k + " 0")), "each shape but the empty ones finds figures: " + compared);
    }

    @Test
    void walkingThePagesYieldsTheSameFiguresInBoth() {
        ObservationQuery first = ObservationQuery.of(RATE).level("municipality").between(LocalDate.of(2022, 1, 1), null)
                .limit(500).build();
        List<ObservationRow> fromMemory = walk(memory, first);
        assertSame("every page", fromMemory, walk(sql, first.toBuilder().asOf(newest()).build()));
        assertTrue(fromMemory.size() > 1000, fromMemory.size() + " figures");
    }

    /** Pages of 7 end inside (metric, area, date) groups of breakdowns, which are ordered by row id. */
    @Test
    void pagesEndingInsideAGroupOfBreakdownsLoseNoFigure() {
        ObservationQuery first = ObservationQuery.of(List.of("cards-issued", "cards-issued-rate")).area("00")
                .ageGroup(ObservationQuery.ANY).sex(ObservationQuery.ANY).limit(7).build();
        List<ObservationRow> fromMemory = walk(memory, first);
        List<ObservationRow> fromSql = walk(sql, first.toBuilder().asOf(newest()).build());
        assertEquals(fromMemory.size(), fromSql.size(), "figures");
        assertEquals(figures(fromMemory), figures(fromSql));
        assertTrue(fromMemory.size() > 100, fromMemory.size() + " figures");
    }

    private static List<ObservationRow> walk(ObservationStore store, ObservationQuery first) {
        List<ObservationRow> all = new ArrayList<>();
        ObservationQuery query = first;
        while (true) {
            List<ObservationRow> page = store.find(query).await().atMost(WAIT);
            all.addAll(page);
            if (page.size() < first.limit()) {
                return all;
            }
            ObservationRow last = page.get(page.size() - 1);
            query = first.toBuilder().after(new ObservationQuery.Cursor(last.metric(), last.areaCode(), last.date(), last.id())).build();
        }
    }

    /**
     * Equal lists but for each row's provenance, reporting the first row that differs. Rows of one
     * metric, area and date (breakdowns, sources) are in row id order, which is provenance too: the
     * order is compared by those three, the figures as sorted lists.
     */
    private static void assertSame(String shape, List<ObservationRow> expected, List<ObservationRow> actual) {
        assertEquals(expected.stream().map(r -> r.metric() + " " + r.areaCode() + " " + r.date()).toList(),
                actual.stream().map(r -> r.metric() + " " + r.areaCode() + " " + r.date()).toList(), shape + ": order");
        List<String> want = figures(expected);
        List<String> got = figures(actual);
        for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
            assertEquals(want.get(i), got.get(i), shape + ", row " + i);
        }
        assertEquals(expected.size(), actual.size(), shape + ": rows");
    }

    private static List<String> figures(List<ObservationRow> rows) {
        return rows.stream().map(ObservationStoreContractTest::figure).map(ObservationRow::toString).sorted().toList();
    }

    private static ObservationRow figure(ObservationRow r) {
        return new ObservationRow(r.metric(), r.areaCode(), r.areaNameJa(), r.areaNameEn(), r.areaLevel(), r.date(),
                r.periodStart(), r.periodKind(), r.period(), r.ageGroup(), r.sex(), r.category(), r.value(), r.unit(),
                r.precision(), r.numerator(), r.denominator(), r.basisDate(), r.source(), 0, null, 0);
    }

    private Vintage newest() {
        Release release = releases.get().await().atMost(WAIT).releases().values().stream()
                .max(Comparator.comparingLong(r -> r.id())).orElseThrow();
        return new Vintage(release.id(), release.importedAt(), null);
    }
}
