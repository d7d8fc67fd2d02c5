package jp.mynacard.observation;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.mynacard.common.DatabaseBudget;
import jp.mynacard.common.Transactions;

import java.util.ArrayList;
import java.util.List;

/** The figures of any vintage, through SQL: every figure ever published is kept with its release. */
@ApplicationScoped
public class SqlObservationStore implements ObservationStore {

    /** Every query reads the relation "figures" (current ones, or a vintage's) with area and numerator. */
    static final String FROM = """
             FROM figures o
            JOIN area a ON a.code = o.area_code
            JOIN metric m ON m.id = o.metric_id
            LEFT JOIN figures n ON n.metric_id = m.numerator_metric_id AND %s
            WHERE TRUE""".formatted(ObservationKey.sameBesidesMetric("n", "o"));
    private static final String SELECT = "SELECT " + ObservationColumns.SELECT_LIST + FROM;

    /**
     * The figures at a vintage: per key, the one of the newest release counted then. Under asOf a
     * figure cites the newest release up to the vintage that stated it.
     */
    private static final String AT_VINTAGE = """
            WITH figures AS MATERIALIZED (
                SELECT DISTINCT ON (%1$s) x.*
                FROM observation x
                WHERE x.metric_id IN (SELECT id FROM metric WHERE id = ANY(?) UNION SELECT numerator_metric_id FROM metric WHERE id = ANY(?))"""
            .formatted(ObservationKey.columns("x"));
    private static final String AT_VINTAGE_ORDER = " ORDER BY %s, x.release_id DESC) ".formatted(ObservationKey.columns("x"));

    /** A page's figures (see {@link #page}) with area, metric and the newest counted figure of the numerator's key. */
    private static final String PAGE_FROM = """
             FROM page o
            JOIN area a ON a.code = o.area_code
            JOIN metric m ON m.id = o.metric_id
            LEFT JOIN LATERAL (SELECT y.value FROM observation y WHERE y.metric_id = m.numerator_metric_id AND %s"""
            .formatted(ObservationKey.sameBesidesMetric("y", "o"));

    private static final String ORDER = " ORDER BY o.metric_id, o.area_code, o.ref_date, o.id";

    @Inject
    Transactions transactions;

    @Inject
    Pool pool;

    @Inject
    DatabaseBudget budget;

    @Override
    public Uni<List<ObservationRow>> find(ObservationQuery query) {
        return query.limit() == ObservationQuery.NO_LIMIT ? all(query) : page(query);
    }

    private Uni<List<ObservationRow>> all(ObservationQuery query) {
        Sql sql = figures(query);
        sql.text.append(SELECT);
        where(sql, query);
        return rows(execute(sql.text + ORDER, sql.params));
    }

    /**
     * A page without picking every key's newest figure first (which took 1.6–1.8 s over all metrics):
     * the newest figures are picked in key order only until the page is full, with whole
     * (metric, area, date) groups since a page orders a group's figures by id, and the cursor's own
     * group apart; each numerator is then looked up by its key.
     */
    private Uni<List<ObservationRow>> page(ObservationQuery query) {
        Sql sql = new Sql();
        sql.text.append("WITH page AS (");
        ObservationQuery.Cursor c = query.after();
        if (c != null) {
            newest(sql, query, "=", c);
            sql.text.append(") UNION ALL ");
        }
        newest(sql, query, ">", c);
        sql.text.append(" ORDER BY d.metric_id, d.area_code, d.ref_date FETCH FIRST ").append(query.limit()).append(" ROWS WITH TIES))");
        sql.text.append("SELECT ").append(ObservationColumns.SELECT_LIST).append(PAGE_FROM);
        counted(sql, "y", query.vintage());
        sql.text.append(" ORDER BY y.release_id DESC LIMIT 1) n ON TRUE WHERE TRUE");
        if (c != null) {
            sql.and("(o.metric_id, o.area_code, o.ref_date, o.id) > (?, ?, ?, ?)", c.metric(), c.areaCode(), c.date(), c.id());
        }
        return rows(budget.within(pool.preparedQuery(sql.text + ORDER + " LIMIT " + query.limit()).execute(Tuple.from(sql.params))));
    }

    /**
     * "(SELECT * FROM (the newest figure of each key of the query) d", left open; with a cursor, only
     * the keys whose (metric, area, date) group compares so with the cursor's.
     */
    private static void newest(Sql sql, ObservationQuery q, String comparison, ObservationQuery.Cursor cursor) {
        sql.text.append("(SELECT * FROM (SELECT DISTINCT ON (").append(ObservationKey.columns("x")).append(") x.* FROM observation x WHERE TRUE");
        counted(sql, "x", q.vintage());
        sql.and("x.metric_id = ANY(?)", (Object) q.metrics().toArray(String[]::new));
        keyConditions(sql, q);
        if (cursor != null) {
            sql.and("(x.metric_id, x.area_code, x.ref_date) " + comparison + " (?, ?, ?)", cursor.metric(), cursor.areaCode(), cursor.date());
        }
        sql.text.append(AT_VINTAGE_ORDER).append('d');
    }

    /**
     * The figures (of alias) counted at a vintage. After a release: those of releases up to it not
     * retracted by then. As published by a day: those of releases not retracted, published by then, or
     * of unknown publication and referring to a date up to then.
     */
    private static void counted(Sql sql, String alias, AsOf vintage) {
        if (vintage.publishedBy() == null) {
            sql.append(" AND %1$s.release_id <= ? AND %1$s.release_id <> ALL(ARRAY(SELECT id FROM release WHERE retracted_at <= ?))"
                    .formatted(alias), vintage.releaseId(), vintage.importedAt());
        } else {
            sql.append((" AND %1$s.release_id <> ALL(ARRAY(SELECT id FROM release WHERE retracted_at IS NOT NULL OR published_on > ?))"
                    + " AND (%1$s.ref_date <= ? OR %1$s.release_id = ANY(ARRAY(SELECT id FROM release WHERE published_on IS NOT NULL)))")
                    .formatted(alias), vintage.publishedBy(), vintage.publishedBy());
        }
    }

    private static Uni<List<ObservationRow>> rows(Uni<RowSet<Row>> rows) {
        return rows.map(set -> {
            List<ObservationRow> list = new ArrayList<>(set.size());
            set.forEach(row -> list.add(ObservationColumns.read(row)));
            return list;
        });
    }

    @Override
    public Uni<List<DateCoverage>> dates(ObservationQuery query) {
        ObservationQuery anyDate = query.at(null);
        Sql sql = figures(anyDate);
        sql.text.append("SELECT o.ref_date, count(DISTINCT o.area_code) FROM figures o JOIN area a ON a.code = o.area_code WHERE TRUE");
        where(sql, anyDate);
        return execute(sql.text + " GROUP BY o.ref_date ORDER BY o.ref_date DESC", sql.params)
                .map(rows -> {
                    List<DateCoverage> dates = new ArrayList<>();
                    rows.forEach(row -> dates.add(new DateCoverage(row.getLocalDate(0), row.getInteger(1))));
                    return dates;
                });
    }

    /**
     * The relation "figures": those of the query's vintage, narrowed to its metrics and their numerators
     * and to the keys it asks for before each key's newest figure is picked (the conditions are on key
     * columns, so a key is kept or dropped whole), which spares sorting every figure ever published.
     */
    private static Sql figures(ObservationQuery q) {
        Sql sql = new Sql();
        String[] metrics = q.metrics().toArray(String[]::new);
        sql.append(AT_VINTAGE, metrics, metrics);
        counted(sql, "x", q.vintage());
        keyConditions(sql, q);
        sql.append(AT_VINTAGE_ORDER);
        return sql;
    }

    /** The figures of the metrics asked for (not their numerators); {@link #figures} has the rest. */
    private static void where(Sql sql, ObservationQuery q) {
        sql.and("o.metric_id = ANY(?)", (Object) q.metrics().toArray(String[]::new));
    }

    /**
     * Runs a query over a vintage without nested loops: the planner has no statistics for the
     * materialized "figures" and can estimate a handful of rows where there are tens of thousands,
     * and a nested loop over the numerator self-join would then take minutes instead of milliseconds.
     */
    private Uni<RowSet<Row>> execute(String sql, List<Object> params) {
        return budget.within(transactions.run(connection -> connection.query("SET LOCAL enable_nestloop = off").execute()
                .chain(() -> connection.preparedQuery(sql).execute(Tuple.from(params)))));
    }

    /** The query's conditions on a figure's key (area, date, breakdown, source), on "x" of {@link #AT_VINTAGE}. */
    private static void keyConditions(Sql sql, ObservationQuery q) {
        if (q.areaCodes() != null) {
            sql.and("x.area_code = ANY(?)", (Object) q.areaCodes().toArray(String[]::new));
        }
        if (q.level() != null) {
            sql.and("x.area_code IN (SELECT code FROM area WHERE level = ?)", q.level());
        }
        if (q.parentCode() != null) {
            sql.and("x.area_code IN (SELECT code FROM area WHERE parent_code = ?)", q.parentCode());
        }
        if (q.from() != null) {
            sql.and("x.ref_date >= ?", q.from());
        }
        if (q.to() != null) {
            sql.and("x.ref_date <= ?", q.to());
        }
        breakdown(sql, "x.age_group", q.ageGroup());
        breakdown(sql, "x.sex", q.sex());
        breakdown(sql, "x.category", q.category());
        if (q.source() != null) {
            sql.and("x.source_id = ?", q.source());
        }
    }

    private static void breakdown(Sql sql, String column, String value) {
        if (value == null) {
            sql.and(column + " = ''");
        } else if (!ObservationQuery.ANY.equals(value)) {
            sql.and(column + " = ?", value);
        }
    }

    /** Conditions with positional parameters: each ? becomes the next $n. */
    private static final class Sql {
        private final StringBuilder text = new StringBuilder();
        private final List<Object> params = new ArrayList<>();

        void and(String condition, Object... values) {
            append(" AND " + condition, values);
        }

        void append(String condition, Object... values) {
            int v = 0;
            for (char ch : condition.toCharArray()) {
                if (ch == '?') {
                    params.add(values[v++]);
                    text.append('$').append(params.size());
                } else {
                    text.append(ch);
                }
            }
        }
    }
}
