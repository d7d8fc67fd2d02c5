package jp.mynacard.ingest;

import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import jp.mynacard.testsupport.ApiTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

@ApiTest
class BundledDatasetTest {

    @Inject
    Pool pool;

    @Test
    void everyMicDateIsPresentForAllPrefectures() {
        long pairs = pool.preparedQuery("""
                        SELECT count(DISTINCT (o.ref_date, o.area_code)) FROM observation o JOIN release r ON r.id = o.release_id
                        WHERE r.format = 'mic-tables' AND o.metric_id = 'cards-issued' AND length(o.area_code) = 2
                          AND o.area_code <> '00'""")
                .execute().await().indefinitely().iterator().next().getLong(0);
        assertEquals(47 * 47, pairs);
    }

    @Test
    void reimportingTheBundleIsANoOp() {
        ImportReport report = importer.importAll(BundledDataset.inputs()).await().indefinitely();
        assertEquals(0, report.created().size());
        assertEquals(58, report.unchanged().size(), "every MIC table set and curated file (sources.csv is not a release)");
    }

    @Inject
    Importer importer;

}
