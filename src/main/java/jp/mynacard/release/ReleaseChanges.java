package jp.mynacard.release;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.mynacard.common.DatabaseBudget;
import jp.mynacard.observation.ObservationKey;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two vintages: figures added, revised (old → new) and removed. Only keys that
 * the releases in between (or retractions in between) touched are compared, a page of keys at a time:
 * the work of one request is bounded by its page, whatever the two vintages.
 */
@ApplicationScoped
public class ReleaseChanges {

    private static final String KEY = ObservationKey.columns("");
    /** The figures of a vintage (release id $%1$d, imported at $%2$d) among the touched keys. */
    private static final String VINTAGE = """
            SELECT DISTINCT ON (%3$s) x.*
            FROM observation x JOIN release r ON r.id = x.release_id
            JOIN touched t USING (%4$s)
            WHERE x.release_id <= $%1$d AND (r.retracted_at IS NULL OR r.retracted_at > $%2$d)
            ORDER BY %3$s, x.release_id DESC""";
    /** The keys the releases (or retractions) between the vintages touched, after position $5..$12. */
    private static final String TOUCHED = """
            SELECT DISTINCT %1$s FROM observation WHERE release_id IN (
                SELECT id FROM release WHERE (id > $1 AND id <= $3)
                                         OR (id <= $1 AND retracted_at > $2 AND retracted_at <= $4))
              AND (%1$s) > ($5, $6, $7, $8, $9, $10, $11, $12)""".formatted(KEY);
    /**
     * The first keys of a page, and one more to tell whether another page follows: the first keys of each
     * release (in the order of its natural-key index), then the first of those, so that a page costs a
     * bounded number of rows per release instead of a sort of every key the releases touched.
     */
    private static final String PAGE = """
            SELECT DISTINCT %1$s FROM (
                SELECT id FROM release WHERE (id > $1 AND id <= $3)
                                          OR (id <= $1 AND retracted_at > $2 AND retracted_at <= $4)) r
            CROSS JOIN LATERAL (
                SELECT %1$s FROM observation o WHERE o.release_id = r.id
                  AND (%1$s) > ($5, $6, $7, $8, $9, $10, $11, $12)
                ORDER BY %1$s LIMIT $13) k
            ORDER BY %1$s LIMIT $13""".formatted(KEY);
    private static final String DIFF = """
            WITH touched AS (%s AND (%s) <= ($13, $14, $15, $16, $17, $18, $19, $20)),
                 a AS (%s),
                 b AS (%s)
            SELECT CASE WHEN a.id IS NULL THEN 'added' WHEN b.id IS NULL THEN 'removed' ELSE 'revised' END AS change,
                   coalesce(b.metric_id, a.metric_id) AS metric_id, coalesce(b.area_code, a.area_code) AS area_code,
                   coalesce(b.ref_date, a.ref_date) AS ref_date, coalesce(b.period_start, a.period_start) AS period_start,
                   coalesce(b.age_group, a.age_group) AS age_group, coalesce(b.sex, a.sex) AS sex,
                   coalesce(b.category, a.category) AS category, coalesce(b.source_id, a.source_id) AS source_id,
                   a.value AS old_value, b.value AS new_value, a.unit AS old_unit, b.unit AS new_unit,
                   a.precision AS old_precision, b.precision AS new_precision, a.release_id AS old_release,
                   b.release_id AS new_release
            FROM a FULL JOIN b USING (%s)
            WHERE a.id IS NULL OR b.id IS NULL OR a.value::text <> b.value::text OR a.unit <> b.unit
               OR a.precision <> b.precision OR a.denominator IS DISTINCT FROM b.denominator
            ORDER BY 2, 3, 4, 5, 6, 7, 8, 9""".formatted(TOUCHED, KEY, vintage(1, 2), vintage(3, 4), KEY);

    @Inject
    Pool pool;

    @Inject
    DatabaseBudget budget;

    private static String vintage(int releaseParameter, int importedAtParameter) {
        return VINTAGE.formatted(releaseParameter, importedAtParameter, ObservationKey.columns("x"), KEY);
    }

    /** The changes of the keys after {@code from}, {@code keys} of them at most; next is null on the last page. */
    public record Page(List<ChangeRow> rows, String next) {
    }

    Uni<Page> between(Vintage before, Vintage after, ChangeCursor from, int keys) {
        List<Object> vintages = List.of(before.releaseId(), before.importedAt(), after.releaseId(), after.importedAt());
        List<Object> page = new ArrayList<>(vintages);
        page.addAll(from.values());
        page.add(keys + 1);
        return budget.within(pool.preparedQuery(PAGE).execute(Tuple.from(page))).chain(found -> {
            List<ChangeCursor> touched = new ArrayList<>(found.size());
            found.forEach(row -> touched.add(ChangeCursor.of(row)));
            if (touched.isEmpty()) {
                return Uni.createFrom().item(new Page(List.of(), null));
            }
            ChangeCursor last = touched.get(Math.min(keys, touched.size()) - 1);
            List<Object> diff = new ArrayList<>(page.subList(0, page.size() - 1));
            diff.addAll(last.values());
            return budget.within(pool.preparedQuery(DIFF).execute(Tuple.from(diff))).map(rows -> {
                List<ChangeRow> changes = new ArrayList<>(rows.size());
                rows.forEach(row -> changes.add(map(row)));
                return new Page(changes, touched.size() > keys ? last.encode() : null);
            });
        });
    }

    private static ChangeRow map(Row r) {
        return new ChangeRow(r.getString("change"), r.getString("metric_id"), r.getString("area_code"),
                r.getLocalDate("ref_date"), r.getLocalDate("period_start"), blank(r.getString("age_group")),
                blank(r.getString("sex")), blank(r.getString("category")), r.getString("source_id"),
                r.getBigDecimal("old_value"), r.getBigDecimal("new_value"), r.getString("old_unit"), r.getString("new_unit"),
                r.getString("old_precision"), r.getString("new_precision"), r.getLong("old_release"), r.getLong("new_release"));
    }

    private static String blank(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
