package jp.mynacard.testsupport;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Compares a CSV answer with the JSON rows of the same query, cell by cell. */
public final class Csv {

    private Csv() {
    }

    public static List<Map<String, String>> rows(String csv) {
        try (CSVParser parser = CSVParser.parse(new StringReader(csv),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords().stream().map(CSVRecord::toMap).map(LinkedHashMap::new)
                    .map(m -> (Map<String, String>) m).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON rows as the CSV would write them: absent or null is empty, numbers in plain notation. */
    public static List<Map<String, String>> asCells(List<Map<String, Object>> jsonRows, List<String> columns) {
        return jsonRows.stream().map(row -> {
            Map<String, String> cells = new LinkedHashMap<>();
            for (String column : columns) {
                Object value = row.get(column);
                cells.put(column, value == null ? "" : value instanceof Number n
                        ? new BigDecimal(n.toString()).toPlainString() : value.toString());
            }
            return cells;
        }).toList();
    }

    public static List<String> header(ExtractableResponse<Response> response) {
        String body = response.asString();
        return List.of(body.substring(0, body.indexOf('\r')).replace("\uFEFF", "").split(","));
    }
}
