package jp.mynacard.ingest;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import jp.mynacard.testsupport.ApiTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The bundled dataset as loaded at startup, checked against the source files' figures. */
@ApiTest
class BundledDatasetTest {

    @Inject
    Pool pool;

    @Inject
    Importer importer;

    @Test
    void everyMicDateIsPresentForAllPrefectures() {
        long pairs = pool.query("""
                        SELECT count(DISTINCT (o.ref_date, o.area_code)) FROM observation o JOIN release r ON r.id = o.release_id
                        WHERE r.format = 'mic-tables' AND o.metric_id = 'cards-issued' AND length(o.area_code) = 2
                          AND o.area_code <> '00'""")
                .execute().await().indefinitely().iterator().next().getLong(0);
        assertEquals(47 * 47, pairs);
    }

    @Test
    void nationalCardsIssuedAt20221231() {
        assertEquals("71905789|125927902|2022-01-01", current("cards-issued", "00", "2022-12-31"));
        assertEquals("57.1|125927902|2022-01-01", current("cards-issued-rate", "00", "2022-12-31"));
    }

    @Test
    void sapporoCardsIssuedAt20221231() {
        assertEquals("1113718|1960668|2022-01-01", current("cards-issued", "011002", "2022-12-31"));
        assertEquals("56.8|1960668|2022-01-01", current("cards-issued-rate", "011002", "2022-12-31"));
    }

    @Test
    void thePopulationOfABasisDateIsNotTheDenominatorUsedOnThatReferenceDate() {
        // On 2021-01-01 MIC still divided by the population of 2020-01-01; that of 2021-01-01 is another figure.
        assertEquals("126654244|null|2021-01-01", current("population", "00", "2021-01-01"));
        assertEquals("127138033|null|2020-01-01", current("population-denominator", "00", "2021-01-01"));
        assertEquals("125927902|null|2022-01-01", current("population", "00", "2022-01-01"));
    }

    @Test
    void valuesKeepTheirPublishedForm() {
        // Printed as 70.0 (約70.0%): the trailing zero is part of the figure.
        assertEquals("70.0|null|null", current("cards-held-rate", "00", "2023-06-30"));
    }

    @Test
    void aRestatedFigureKeepsTheReleaseThatFirstPublishedIt() {
        String release = pool.query("""
                        SELECT r.name FROM observation o JOIN release r ON r.id = o.release_id
                        WHERE o.is_current AND o.metric_id = 'cards-issued' AND o.area_code = '13'
                          AND o.ref_date = '2022-12-31' AND o.category = '' AND o.age_group = ''""")
                .execute().await().indefinitely().iterator().next().getString(0);
        assertEquals("mic-2022-12-31", release);
    }

    @Test
    void reimportingTheBundleIsANoOp() {
        ImportReport report = importer.importAll(BundledDataset.inputs()).await().indefinitely();
        assertEquals(0, report.created().size());
        assertEquals(61, report.unchanged().size(), "every MIC table set and curated file (a sources file is not a release)");
    }

    @Test
    void theCommandLineImportOfTheDataFolderFindsTheBundledReleases() {
        var inputs = DirectoryInputs.read(java.nio.file.Path.of("data"));
        assertEquals(47 + 17, inputs.size(), "47 MIC table sets and 17 long-format files (three sources files included)");
        ImportReport report = importer.importAll(inputs).await().indefinitely();
        assertEquals(0, report.created().size());
        assertEquals(61, report.unchanged().size());
    }

    private String current(String metric, String area, String date) {
        return pool.preparedQuery("""
                        SELECT value::text || '|' || coalesce(denominator::text, 'null') || '|' || coalesce(basis_date::text, 'null')
                        FROM observation WHERE is_current AND metric_id = $1 AND area_code = $2 AND ref_date = $3
                          AND age_group = '' AND sex = '' AND category = ''""")
                .execute(Tuple.of(metric, area, java.time.LocalDate.parse(date))).await().indefinitely().iterator().next().getString(0);
    }
}
