package jp.mynacard.observation;

import io.vertx.mutiny.sqlclient.Row;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The columns of a figure, read once from {@link ObservationRow}'s components and their {@link Column}
 * annotations: the one definition that the SQL select list, the mapping of a SQL row, the columns of
 * the in-memory {@link ObservationIndex}, and (through the record itself) JSON, CSV and the OpenAPI schema
 * follow. Adding a column is a change to the record alone: a component and its line in
 * {@link ObservationRow#read}.
 */
final class ObservationColumns {

    /** How a column's values are read and held. */
    enum Kind { TEXT, DATE, DECIMAL, NULLABLE_LONG, LONG }

    /** A column: its name (the record component's, and the SQL alias), SQL expression, kind and position. */
    record Definition(String name, String sql, Kind kind, int position) {
    }

    static final List<Definition> ALL;
    /** The select list, each expression aliased by its column's name. */
    static final String SELECT_LIST;
    static {
        RecordComponent[] components = ObservationRow.class.getRecordComponents();
        ALL = Arrays.stream(components).map(c -> new Definition(c.getName(), c.getAnnotation(Column.class).value(),
                kind(c.getType()), Arrays.asList(components).indexOf(c))).toList();
        SELECT_LIST = ALL.stream().map(c -> c.sql() + " AS \"" + c.name() + "\"").collect(Collectors.joining(", "));
    }

    private ObservationColumns() {
    }

    static Definition named(String name) {
        return ALL.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no figure column " + name));
    }

    /** A figure from a row of a query that selected {@link #SELECT_LIST}. */
    static ObservationRow read(Row row) {
        return ObservationRow.read(new ObservationRow.Columns() {
            @Override
            public String text(int column) {
                return row.getString(ALL.get(column).name());
            }

            @Override
            public LocalDate date(int column) {
                return row.getLocalDate(ALL.get(column).name());
            }

            @Override
            public BigDecimal decimal(int column) {
                return row.getBigDecimal(ALL.get(column).name());
            }

            @Override
            public Long nullableNumber(int column) {
                return row.getLong(ALL.get(column).name());
            }

            @Override
            public long number(int column) {
                return row.getLong(ALL.get(column).name());
            }
        });
    }

    private static Kind kind(Class<?> type) {
        if (type == String.class) {
            return Kind.TEXT;
        }
        if (type == LocalDate.class) {
            return Kind.DATE;
        }
        if (type == BigDecimal.class) {
            return Kind.DECIMAL;
        }
        if (type == Long.class) {
            return Kind.NULLABLE_LONG;
        }
        if (type == long.class) {
            return Kind.LONG;
        }
        throw new IllegalStateException("a figure column cannot be of type " + type);
    }
}
