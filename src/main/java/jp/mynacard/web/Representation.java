package jp.mynacard.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Renders an answer as JSON (the body object) or as CSV (its rows, one column per record component,
 * so CSV has the same columns as the JSON rows). Ignored components (internal ids) are left out.
 */
public final class Representation {

    public static final String CSV = "text/csv; charset=UTF-8; header=present";
    private static final String BOM = "\uFEFF";

    private Representation() {
    }

    public static <R extends Record> Response render(OutputFormat format, Object body, Class<R> rowType, List<R> rows,
                                                     String fileName) {
        return switch (format.kind()) {
            case JSON -> Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
            case CSV -> csv(rowType, rows, "", fileName);
            case CSV_EXCEL -> csv(rowType, rows, BOM, fileName);
        };
    }

    private static <R extends Record> Response csv(Class<R> rowType, List<R> rows, String prefix, String fileName) {
        List<RecordComponent> columns = Arrays.stream(rowType.getRecordComponents())
                .filter(c -> !c.getAccessor().isAnnotationPresent(com.fasterxml.jackson.annotation.JsonIgnore.class)
                        && !c.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonIgnore.class))
                .toList();
        StringBuilder out = new StringBuilder(prefix);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(columns.stream().map(RecordComponent::getName).toArray(String[]::new)).get())) {
            for (R row : rows) {
                for (RecordComponent column : columns) {
                    printer.print(cell(column.getAccessor().invoke(row)));
                }
                printer.println();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
        return Response.ok(out.toString().getBytes(StandardCharsets.UTF_8), CSV)
                .header("Content-Disposition", "inline; filename=\"" + fileName + ".csv\"")
                .build();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }
}
