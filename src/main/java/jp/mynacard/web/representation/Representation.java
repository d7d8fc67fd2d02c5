package jp.mynacard.web.representation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.mynacard.common.Label;
import jp.mynacard.common.OffLoop;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Renders an answer as JSON (the body object), as CSV (its rows, one column per record component, so
 * CSV has the same columns as the JSON rows; headers in English, or Japanese with {@code lang=ja}) or
 * as an xlsx workbook ({@link Spreadsheet}). Ignored components (internal ids) are left out.
 */
public final class Representation {

    public static final String CSV = "text/csv; charset=UTF-8; header=present";
    public static final String XLSX = Spreadsheet.MEDIA_TYPE;
    private static final String BOM = "\uFEFF";

    private Representation() {
    }

    /**
     * The answer in the format asked for. CSV and xlsx are rendered off the event loop ({@link OffLoop}):
     * a municipal ranking takes tens of milliseconds (docs/decisions/0003-cpu-pool.md); JSON is serialized
     * later, where the answer is kept.
     */
    public static <R extends Record> Uni<Response> render(OutputFormat format, Object body, Class<R> rowType, List<R> rows,
                                                          String fileName) {
        return render(format, body, () -> {
            List<RecordComponent> columns = columns(rowType);
            List<String> names = names(columns);
            return new Table(names, columns.stream().map(Representation::japanese).toList(), cells(columns, rows));
        }, fileName);
    }

    /** The same for a table whose columns are known only when answering (one per area compared). */
    public static Uni<Response> render(OutputFormat format, Object body, Supplier<Table> table, String fileName) {
        return switch (format.kind()) {
            case JSON -> Uni.createFrom().item(Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build());
            case CSV -> OffLoop.compute(() -> csv(table.get(), "", fileName, format.japanese()));
            case CSV_EXCEL -> OffLoop.compute(() -> csv(table.get(), BOM, fileName, format.japanese()));
            case XLSX -> OffLoop.compute(() -> {
                Table t = table.get();
                return Response.ok(Spreadsheet.write(t.japaneseHeader(), t.header(), t.cells(), provenance(body)), XLSX)
                        .header("Content-Disposition", "attachment; filename=\"" + fileName + ".xlsx\"")
                        .build();
            });
        };
    }

    /** A table answer: its header in English and in Japanese, and its rows. */
    public record Table(List<String> header, List<String> japaneseHeader, List<List<Object>> cells) {
    }

    private static Response csv(Table table, String prefix, String fileName, boolean japanese) {
        String[] header = (japanese ? table.japaneseHeader() : table.header()).toArray(String[]::new);
        StringBuilder out = new StringBuilder(prefix);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get())) {
            for (List<Object> row : table.cells()) {
                for (Object cell : row) {
                    printer.print(text(cell));
                }
                printer.println();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(out.toString().getBytes(StandardCharsets.UTF_8), CSV)
                .header("Content-Disposition", "inline; filename=\"" + fileName + ".csv\"")
                .build();
    }

    /** The row type's columns: its components but those ignored in JSON. */
    static List<RecordComponent> columns(Class<? extends Record> rowType) {
        return Arrays.stream(rowType.getRecordComponents())
                .filter(c -> !c.getAccessor().isAnnotationPresent(JsonIgnore.class) && !c.isAnnotationPresent(JsonIgnore.class))
                .toList();
    }

    /** The column's Japanese label ({@link Label}), or its name. */
    private static String japanese(RecordComponent column) {
        Label label = column.getAnnotation(Label.class);
        return label != null ? label.value() : column.getName();
    }

    private static List<String> names(List<RecordComponent> columns) {
        return columns.stream().map(RecordComponent::getName).toList();
    }

    private static <R extends Record> List<List<Object>> cells(List<RecordComponent> columns, List<R> rows) {
        List<List<Object>> cells = new ArrayList<>(rows.size());
        try {
            for (R row : rows) {
                List<Object> values = new ArrayList<>(columns.size());
                for (RecordComponent column : columns) {
                    values.add(column.getAccessor().invoke(row));
                }
                cells.add(values);
            }
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
        return cells;
    }

    /** The body's provenance (its {@code meta}), if it has one. */
    private static Provenance provenance(Object body) {
        if (body instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                if (Provenance.class.isAssignableFrom(component.getType())) {
                    try {
                        return (Provenance) component.getAccessor().invoke(record);
                    } catch (IllegalAccessException | InvocationTargetException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return null;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }
}
