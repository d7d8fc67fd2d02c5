package jp.mynacard.ingest;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import jakarta.inject.Inject;
import jp.mynacard.problem.ApiException;
import jp.mynacard.testsupport.ApiTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the database guarantees about figures' references without per-row foreign keys: the writer
 * refuses a chunk that refers to an unknown metric, area or source, and referenced rows stay.
 */
@ApiTest
class ReleaseWriterTest {

    private static final LocalDate DAY = LocalDate.of(2022, 12, 31);

    @Inject
    ReleaseWriter writer;

    @Inject
    Pool pool;

    @Test
    void aFigureWithAnUnknownReferenceFailsTheWholeRelease() {
        for (ObservationRecord unknown : List.of(figure("no-such-metric", "13", "C4J"), figure("cards-issued", "999999", "C4J"),
                figure("cards-issued", "13", "NO-SUCH-SOURCE"))) {
            ReleaseDraft draft = new ReleaseDraft("writer-test", "mic-tables", DAY, null, "test", "test", null,
                    "writer-test-" + unknown.key(), null, List.of("test.csv"), List.of(figure("cards-issued", "01", "C4J"), unknown),
                    List.of(), List.of(), List.of());
            // Bad input (422 invalid-data), never a 500: e.g. MIC tables published to a database without reference data.
            ApiException e = assertThrows(ApiException.class,
                    () -> pool.withTransaction(connection -> writer.write(connection, draft)).await().indefinitely());
            assertEquals(422, e.status());
            assertTrue(e.getMessage().contains(unknown.metricId() + ", " + unknown.areaCode() + ", " + unknown.sourceId()),
                    e.getMessage());
        }
        assertEquals(0L, count("SELECT count(*) FROM release WHERE name = $1", "writer-test"), "nothing written");
    }

    @Test
    void referencedRowsAreNeverDeleted() {
        PgException e = assertThrows(PgException.class,
                () -> pool.preparedQuery("DELETE FROM area WHERE code = $1").execute(Tuple.of("13")).await().indefinitely());
        assertEquals("23001", e.getSqlState());
        assertTrue(e.getErrorMessage().contains("rows of area are never deleted"), e.getErrorMessage());
        assertEquals(1L, count("SELECT count(*) FROM area WHERE code = $1", "13"));
    }

    private static ObservationRecord figure(String metric, String area, String source) {
        return new ObservationRecord(metric, area, Period.day(DAY), "", "", "", source, BigDecimal.ONE, "cards", "exact",
                null, null, null, "test.csv", 1);
    }

    private long count(String sql, String parameter) {
        return pool.preparedQuery(sql).execute(Tuple.of(parameter)).await().indefinitely().iterator().next().getLong(0);
    }
}
